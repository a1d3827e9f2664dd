package de.kommune.intake.classify.extract;

import de.kommune.intake.classify.Barcode;
import de.kommune.intake.classify.taxonomy.FieldDefinition;
import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.taxonomy.TypeDefinition;
import de.kommune.intake.classify.text.TextView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * State of one extraction run: the document, its type, the candidates proposed so far and the
 * issues noticed (review reasons). Created per document, so extractors stay stateless.
 */
public final class ExtractionContext {

    private final TextView view;
    private final Taxonomy taxonomy;
    private final TypeDefinition type;
    private final List<Barcode> barcodes;
    private final LocalDate reference;
    private final CodePatterns codes;
    private final Set<String> active;
    private final Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
    private final Set<String> issues = new LinkedHashSet<>();
    private LabelIndex labels;
    private LetterLayout letter;
    private Set<String> fillerWords;
    private Set<Integer> formValueLines;

    public ExtractionContext(TextView view, Taxonomy taxonomy, TypeDefinition type, List<Barcode> barcodes,
                             LocalDate reference, CodePatterns codes) {
        this.view = view;
        this.taxonomy = taxonomy;
        this.type = type;
        this.barcodes = List.copyOf(barcodes);
        this.reference = reference;
        this.codes = codes;
        this.active = taxonomy.activeFields(type);
    }

    public TextView view() {
        return view;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public TypeDefinition type() {
        return type;
    }

    public List<Barcode> barcodes() {
        return barcodes;
    }

    public LocalDate reference() {
        return reference;
    }

    public CodePatterns codes() {
        return codes;
    }

    public Set<String> activeFields() {
        return active;
    }

    public FieldDefinition field(String code) {
        return taxonomy.field(code);
    }

    LabelIndex labels() {
        if (labels == null) {
            labels = new LabelIndex(view, taxonomy, type);
        }
        return labels;
    }

    LetterLayout letter() {
        if (letter == null) {
            letter = new LetterLayout(view, taxonomy);
        }
        return letter;
    }

    /** Indexes of the lines that stand in a form's value column (see {@link ColumnReader.StackedForm}). */
    Set<Integer> formValueLines() {
        if (formValueLines == null) {
            formValueLines = ColumnReader.StackedForm.valueLines(this);
        }
        return formValueLines;
    }

    /** Folded single words allowed between a label and its value. */
    Set<String> fillerWords() {
        if (fillerWords == null) {
            fillerWords = new java.util.HashSet<>();
            for (de.kommune.intake.classify.text.Phrase p : taxonomy.fillers()) {
                fillerWords.addAll(List.of(p.folded().split(" ")));
            }
        }
        return fillerWords;
    }

    public List<String> sources(String field) {
        return taxonomy.sourcesFor(type, field);
    }

    /** Active fields whose sources contain {@code strategy}. */
    public List<String> fieldsUsing(String strategy) {
        List<String> out = new ArrayList<>();
        for (String f : active) {
            if (sources(f).contains(strategy)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Active fields with a source starting with {@code prefix}, mapped to the source's argument. */
    public Map<String, String> fieldsUsingPrefix(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : active) {
            for (String s : sources(f)) {
                if (s.startsWith(prefix)) {
                    out.put(f, s.substring(prefix.length()));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Proposes a value. The confidence is the strategy's base, lowered for strategies later in the
     * field's source list and by the page's OCR quality.
     */
    public void offer(String field, String value, double base, int offset, String strategy, String detail) {
        if (value == null || value.isBlank()) {
            return;
        }
        List<String> src = sources(field);
        int rank = src.indexOf(strategy);
        if (rank < 0) {
            rank = src.size();
        }
        int page = view.pageAt(Math.max(0, Math.min(offset, Math.max(0, view.text().length() - 1))));
        double conf = base * (1 - Confidence.PER_SOURCE_RANK * rank) * view.ocrFactor(page);
        candidates.computeIfAbsent(field, k -> new ArrayList<>())
                .add(new Candidate(field, value, Math.max(0, Math.min(1, conf)), page, offset, strategy, detail));
    }

    /** Proposes a value found outside the text (barcode) on a known page. */
    public void offerOnPage(String field, String value, double conf, int page, String strategy) {
        candidates.computeIfAbsent(field, k -> new ArrayList<>())
                .add(new Candidate(field, value, conf, page, -1, strategy, strategy));
    }

    public List<Candidate> candidates(String field) {
        return candidates.getOrDefault(field, List.of());
    }

    /** The best candidate so far: highest confidence, then earliest (latest for "occurrence: last"). */
    public Optional<Candidate> best(String field) {
        boolean last = taxonomy.hasField(field) && taxonomy.field(field).preferLast();
        return candidates(field).stream().max(Comparator.comparingDouble(Candidate::confidence)
                .thenComparing(c -> last ? c.offset() : -c.offset()));
    }

    public void issue(String reason) {
        issues.add(reason);
    }

    public Set<String> issues() {
        return issues;
    }
}
