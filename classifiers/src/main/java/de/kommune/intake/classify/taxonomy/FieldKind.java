package de.kommune.intake.classify.taxonomy;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a field's value is found, validated and normalised (see taxonomy.md, "Field value formats"). */
public enum FieldKind {
    DATE("date"),
    MONTH("month"),
    AMOUNT("amount"),
    IBAN("iban"),
    BG_NUMBER("bgNumber"),
    CUSTOMER_NUMBER("customerNumber"),
    ENUM("enum"),
    TEXT("text"),
    NUMBER("number"),
    PERSON_NAME("personName"),
    PARTY_NAME("partyName"),
    ADDRESS("address");

    private final String yamlName;

    FieldKind(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    /** Free text read up to the end of a line (names, addresses, text) rather than a typed token. */
    public boolean isTextual() {
        return this == TEXT || this == PERSON_NAME || this == PARTY_NAME || this == ADDRESS;
    }

    /**
     * Kinds that compete for the same value: a longer label shadows a shorter one inside it only
     * within a group ("Datum der Änderung" hides "Datum", "Neuer Kontostand vom" does not hide the
     * amount label "Neuer Kontostand").
     */
    public int shadowGroup() {
        return switch (this) {
            case DATE, MONTH -> 1;
            case AMOUNT, NUMBER -> 2;
            case TEXT, PERSON_NAME, PARTY_NAME, ADDRESS -> 3;
            default -> 4 + ordinal();
        };
    }

    static FieldKind fromYaml(String name, String path) {
        for (FieldKind k : values()) {
            if (k.yamlName.equals(name)) {
                return k;
            }
        }
        throw new TaxonomyException(path, "unknown kind '" + name + "' (allowed: "
                + Arrays.stream(values()).map(FieldKind::yamlName).collect(Collectors.joining(", ")) + ")");
    }
}
