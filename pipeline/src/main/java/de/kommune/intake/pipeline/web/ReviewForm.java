package de.kommune.intake.pipeline.web;

import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.classify.taxonomy.FieldKind;
import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.taxonomy.TypeDefinition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The type choices and field inputs of the review form, with the validation hints per field kind. */
public final class ReviewForm {

    public record TypeChoice(String code, String name) {
    }

    /**
     * @param check   client-side check: {@code iban}, {@code date}, {@code bg}, {@code amount} or empty
     * @param pattern HTML pattern attribute, or null
     */
    public record FieldInput(String code, String value, String check, String pattern, String hintKey) {
    }

    private final Taxonomy taxonomy;

    public ReviewForm(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public List<TypeChoice> types() {
        return taxonomy.types().stream().sorted(Comparator.comparing(TypeDefinition::name))
                .map(t -> new TypeChoice(t.code(), t.name())).toList();
    }

    public boolean knows(String type) {
        return taxonomy.types().stream().anyMatch(t -> t.code().equals(type));
    }

    /** The extracted fields first, then the other fields of the chosen type (empty). */
    public List<FieldInput> fields(String type, Map<String, ExtractedField> extracted) {
        Set<String> codes = new LinkedHashSet<>(new java.util.TreeSet<>(extracted.keySet()));
        if (knows(type)) {
            codes.addAll(new java.util.TreeSet<>(taxonomy.activeFields(taxonomy.type(type))));
        }
        List<FieldInput> out = new ArrayList<>();
        for (String code : codes) {
            ExtractedField f = extracted.get(code);
            FieldKind kind = taxonomy.hasField(code) ? taxonomy.field(code).kind() : FieldKind.TEXT;
            out.add(input(code, f == null ? "" : f.value(), kind));
        }
        return out;
    }

    private static FieldInput input(String code, String value, FieldKind kind) {
        return switch (kind) {
            case IBAN -> new FieldInput(code, value, "iban", null, "hint.iban");
            case DATE -> new FieldInput(code, value, "date", "\\d{4}-\\d{2}-\\d{2}", "hint.date");
            case MONTH -> new FieldInput(code, value, "", "\\d{4}-\\d{2}", "hint.month");
            case BG_NUMBER -> new FieldInput(code, value, "bg", "\\d{5}BG\\d{7}", "hint.bg");
            case AMOUNT -> new FieldInput(code, value, "amount", "-?\\d+(\\.\\d{1,2})?", "hint.amount");
            default -> new FieldInput(code, value, "", null, null);
        };
    }

}
