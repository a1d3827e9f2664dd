package de.kommune.intake.classify.taxonomy;

import de.kommune.intake.classify.text.Phrase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document types, fields and phrases the analyzer works with. Loaded from
 * {@code taxonomy-default.yml} with an optional office override merged on top (see
 * {@link TaxonomyLoader}). Immutable and thread-safe.
 */
public final class Taxonomy {

    private final Map<String, FieldDefinition> fields;
    private final Map<String, TypeDefinition> types;
    private final List<String> commonFields;
    private final List<Phrase> fillers;
    private final List<Phrase> stopLabels;
    private final List<Phrase> rangeLabels;
    private final ClassifierParams classification;
    private final List<PlausibilityRule> plausibility;
    private final LetterCues letter;

    Taxonomy(Map<String, FieldDefinition> fields, Map<String, TypeDefinition> types, List<String> commonFields,
             List<Phrase> fillers, List<Phrase> stopLabels, List<Phrase> rangeLabels,
             ClassifierParams classification, List<PlausibilityRule> plausibility, LetterCues letter) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        this.commonFields = List.copyOf(commonFields);
        this.fillers = List.copyOf(fillers);
        this.stopLabels = List.copyOf(stopLabels);
        this.rangeLabels = List.copyOf(rangeLabels);
        this.classification = classification;
        this.plausibility = List.copyOf(plausibility);
        this.letter = letter;
    }

    /** The built-in default taxonomy (taxonomy.md). */
    public static Taxonomy defaults() {
        return TaxonomyLoader.load(List.of(TaxonomyLoader.defaultSource()));
    }

    /** The default taxonomy with an office override file merged on top. */
    public static Taxonomy defaultsWith(Path overrideFile) {
        return TaxonomyLoader.load(List.of(TaxonomyLoader.defaultSource(), TaxonomyLoader.fileSource(overrideFile)));
    }

    /** The default taxonomy with override YAML text merged on top. */
    public static Taxonomy defaultsWithYaml(String overrideYaml) {
        return TaxonomyLoader.load(List.of(TaxonomyLoader.defaultSource(),
                new TaxonomyLoader.Source("override", overrideYaml)));
    }

    public FieldDefinition field(String code) {
        FieldDefinition f = fields.get(code);
        if (f == null) {
            throw new IllegalArgumentException("unknown field " + code);
        }
        return f;
    }

    public boolean hasField(String code) {
        return fields.containsKey(code);
    }

    public Collection<FieldDefinition> fields() {
        return fields.values();
    }

    public TypeDefinition type(String code) {
        TypeDefinition t = types.get(code);
        if (t == null) {
            throw new IllegalArgumentException("unknown document type " + code);
        }
        return t;
    }

    public Collection<TypeDefinition> types() {
        return types.values();
    }

    public List<String> commonFields() {
        return commonFields;
    }

    public Set<String> activeFields(TypeDefinition type) {
        return type.activeFields(commonFields);
    }

    /** The field's labels followed by the type's extra labels for it. */
    public List<Phrase> labelsFor(TypeDefinition type, String field) {
        List<Phrase> extra = type.fieldLabels().get(field);
        if (extra == null) {
            return field(field).labels();
        }
        List<Phrase> all = new ArrayList<>(extra);
        all.addAll(field(field).labels());
        return all;
    }

    public List<String> sourcesFor(TypeDefinition type, String field) {
        return type.fieldSources().getOrDefault(field, field(field).sources());
    }

    /** Words allowed between a label and its value ("beträgt", "vom", "EUR"). */
    public List<Phrase> fillers() {
        return fillers;
    }

    /** Labels that end a value without being a field ("Telefon", "BIC", "Bisher"). */
    public List<Phrase> stopLabels() {
        return stopLabels;
    }

    /** Labels that introduce a date range ("Abrechnungszeitraum", "für die Zeit"). */
    public List<Phrase> rangeLabels() {
        return rangeLabels;
    }

    public ClassifierParams classification() {
        return classification;
    }

    public List<PlausibilityRule> plausibility() {
        return plausibility;
    }

    public LetterCues letter() {
        return letter;
    }
}
