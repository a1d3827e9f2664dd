package de.kommune.intake.connector.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one value out of a JSON response, e.g. {@code id} or {@code data.documentId} (dots walk into nested
 * objects). A complete, strict parser for the JSON grammar, small on purpose: the connector SPI allows no JSON
 * library, and a regular expression would match a key inside a string or a nested object.
 */
final class JsonField {

    private static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;

    private JsonField(String text) {
        this.text = text;
    }

    /**
     * The value at {@code path} as text (strings unescaped, numbers and booleans as written); empty when the
     * response is not JSON, the path does not exist, or the value is null, an object or an array.
     */
    static Optional<String> find(String json, String path) {
        Object value;
        try {
            JsonField parser = new JsonField(json);
            parser.skipWhitespace();
            value = parser.value(0);
            parser.skipWhitespace();
            if (parser.pos != json.length()) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException notJson) {
            return Optional.empty();
        }
        for (String key : path.split("\\.", -1)) {
            if (!(value instanceof Map<?, ?> object)) {
                return Optional.empty();
            }
            value = object.get(key);
        }
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("nested too deep");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> {
                literal("null");
                yield null;
            }
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        pos++;
        skipWhitespace();
        if (peek('}')) {
            return object;
        }
        while (true) {
            skipWhitespace();
            if (text.charAt(pos) != '"') {
                throw new IllegalArgumentException("key expected");
            }
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            object.put(key, value(depth + 1));
            skipWhitespace();
            if (peek('}')) {
                return object;
            }
            expect(',');
        }
    }

    private List<Object> array(int depth) {
        List<Object> array = new ArrayList<>();
        pos++;
        skipWhitespace();
        if (peek(']')) {
            return array;
        }
        while (true) {
            skipWhitespace();
            array.add(value(depth + 1));
            skipWhitespace();
            if (peek(']')) {
                return array;
            }
            expect(',');
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new IllegalArgumentException("control character in string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw new IllegalArgumentException("bad escape");
            }
        }
    }

    private String number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String n = text.substring(start, pos);
        if (!n.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
            throw new IllegalArgumentException("not a number");
        }
        return n;
    }

    private String literal(String word) {
        if (!text.startsWith(word, pos)) {
            throw new IllegalArgumentException("bad literal");
        }
        pos += word.length();
        return word;
    }

    private boolean peek(char c) {
        if (text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (text.charAt(pos++) != c) {
            throw new IllegalArgumentException("'" + c + "' expected");
        }
    }

    private void skipWhitespace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }
}
