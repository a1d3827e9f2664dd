package de.kommune.intake.connector.filesystem;

import com.samskivert.mustache.Mustache;

import java.util.Locale;
import java.util.Optional;

/** How {@code {{value}}} is escaped in an index template ({@code {{{value}}}} is never escaped). */
enum TemplateEscaping {

    /** XML text and attribute values: {@code & < > " '} as entities, characters XML cannot carry as U+FFFD. */
    XML(XmlText::escape),

    /**
     * d.3 Hostimport {@code .jpl} lines {@code key = "value"}: a double quote would end the value, so it becomes a
     * single quote; line breaks and other control characters would end the line, so they become a space.
     */
    JPL(TemplateEscaping::jpl),

    /** Values as they are, for formats with no special characters. */
    NONE(s -> s);

    private final Mustache.Escaper escaper;

    TemplateEscaping(Mustache.Escaper escaper) {
        this.escaper = escaper;
    }

    Mustache.Escaper escaper() {
        return escaper;
    }

    static Optional<TemplateEscaping> parse(String name) {
        for (TemplateEscaping e : values()) {
            if (e.name().equalsIgnoreCase(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The escaping a file extension implies, when it implies one. */
    static Optional<TemplateEscaping> forExtension(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "xml" -> Optional.of(XML);
            case "jpl" -> Optional.of(JPL);
            default -> Optional.empty();
        };
    }

    private static String jpl(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                out.append('\'');
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
