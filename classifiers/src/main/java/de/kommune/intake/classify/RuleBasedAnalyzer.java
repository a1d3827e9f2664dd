package de.kommune.intake.classify;

import de.kommune.intake.classify.check.BgNumber;
import de.kommune.intake.classify.check.Kundennummer;
import de.kommune.intake.classify.classification.Classification;
import de.kommune.intake.classify.classification.CueClassifier;
import de.kommune.intake.classify.classification.DocumentClassifier;
import de.kommune.intake.classify.extract.CodePatterns;
import de.kommune.intake.classify.extract.Extraction;
import de.kommune.intake.classify.extract.ExtractionContext;
import de.kommune.intake.classify.extract.FieldExtractor;
import de.kommune.intake.classify.extract.FieldSelector;
import de.kommune.intake.classify.taxonomy.FieldDefinition;
import de.kommune.intake.classify.taxonomy.FieldKind;
import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.taxonomy.TypeDefinition;
import de.kommune.intake.classify.text.TextView;
import de.kommune.intake.classify.validate.ResultValidator;
import de.kommune.intake.classify.validate.SensitivityRule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Classifies by taxonomy cues, extracts fields by the taxonomy's strategies and validates the
 * result. Build one per configuration and share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * DocumentAnalyzer analyzer = RuleBasedAnalyzer.withDefaults();
 * DocumentAnalyzer office = new RuleBasedAnalyzer(Taxonomy.defaultsWith(Path.of("taxonomy-office.yml")),
 *         AnalyzerSettings.defaults().withMinTypeConfidence(0.6));
 * }</pre>
 */
public final class RuleBasedAnalyzer implements DocumentAnalyzer {

    private final Taxonomy taxonomy;
    private final AnalyzerSettings settings;
    private final DocumentClassifier classifier;
    private final List<FieldExtractor> extractors;
    private final CodePatterns codes;
    private final FieldSelector selector = new FieldSelector();
    private final ResultValidator validator;
    private final SensitivityRule sensitivity;

    public RuleBasedAnalyzer(Taxonomy taxonomy, AnalyzerSettings settings) {
        this(taxonomy, settings, new CueClassifier(taxonomy), Extraction.defaultExtractors());
    }

    /** With another classifier (e.g. a trained model) or extraction strategies. */
    public RuleBasedAnalyzer(Taxonomy taxonomy, AnalyzerSettings settings, DocumentClassifier classifier,
                             List<FieldExtractor> extractors) {
        this.taxonomy = taxonomy;
        this.settings = settings;
        this.classifier = classifier;
        this.extractors = List.copyOf(extractors);
        this.codes = codePatterns(taxonomy, settings);
        this.validator = new ResultValidator(taxonomy);
        this.sensitivity = new SensitivityRule(taxonomy);
    }

    /** The default taxonomy with default settings. */
    public static RuleBasedAnalyzer withDefaults() {
        return new RuleBasedAnalyzer(Taxonomy.defaults(), AnalyzerSettings.defaults());
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public AnalyzerSettings settings() {
        return settings;
    }

    @Override
    public AnalysisResult analyze(DocumentText document) {
        TextView view = TextView.of(document);
        LocalDate reference = settings.referenceDateOrToday();
        Classification c = classifier.classify(view);
        TypeDefinition type = taxonomy.type(c.documentType());
        ExtractionContext ctx = new ExtractionContext(view, taxonomy, type, document.barcodes(), reference, codes);
        for (FieldExtractor e : extractors) {
            e.extract(ctx);
        }
        Map<String, ExtractedField> fields = selector.select(ctx);
        double confidence = Math.round(c.confidence() * 1000) / 1000.0;
        List<String> reasons = validator.reasons(type, confidence, settings.minTypeConfidence(), fields, ctx.issues(),
                reference);
        fields = validator.lowerImplausible(fields, reference);
        return new AnalysisResult(type.code(), confidence, fields, reasons, sensitivity.sensitivity(type, view));
    }

    private static CodePatterns codePatterns(Taxonomy taxonomy, AnalyzerSettings settings) {
        FieldDefinition bg = firstOfKind(taxonomy, FieldKind.BG_NUMBER);
        FieldDefinition cn = firstOfKind(taxonomy, FieldKind.CUSTOMER_NUMBER);
        Pattern bgPattern;
        String bgFormat;
        Pattern bgBarcode;
        String bgBarcodeFormat;
        if (settings.bgNumberPattern() != null) {
            bgPattern = Pattern.compile(settings.bgNumberPattern(), Pattern.CASE_INSENSITIVE);
            bgFormat = settings.bgNumberFormat();
            bgBarcode = null; // an office pattern replaces the form-specific barcode pattern too
            bgBarcodeFormat = null;
        } else {
            bgPattern = bg != null && bg.value().pattern() != null ? bg.value().pattern()
                    : Pattern.compile(BgNumber.DEFAULT_PATTERN, Pattern.CASE_INSENSITIVE);
            bgFormat = bg != null && bg.value().pattern() != null ? bg.value().format() : BgNumber.DEFAULT_FORMAT;
            bgBarcode = bg == null ? null : bg.value().barcodePattern();
            bgBarcodeFormat = bg == null ? null : bg.value().barcodeFormat();
        }
        Pattern cnPattern = settings.customerNumberPattern() != null
                ? Pattern.compile(settings.customerNumberPattern(), Pattern.CASE_INSENSITIVE)
                : cn != null && cn.value().pattern() != null ? cn.value().pattern()
                : Pattern.compile(Kundennummer.DEFAULT_PATTERN, Pattern.CASE_INSENSITIVE);
        String cnFormat = settings.customerNumberPattern() != null ? null
                : cn != null && cn.value().pattern() != null ? cn.value().format() : Kundennummer.DEFAULT_FORMAT;
        return new CodePatterns(bgPattern, bgFormat, bgBarcode, bgBarcodeFormat, cnPattern, cnFormat);
    }

    private static FieldDefinition firstOfKind(Taxonomy taxonomy, FieldKind kind) {
        for (FieldDefinition f : taxonomy.fields()) {
            if (f.kind() == kind) {
                return f;
            }
        }
        return null;
    }
}
