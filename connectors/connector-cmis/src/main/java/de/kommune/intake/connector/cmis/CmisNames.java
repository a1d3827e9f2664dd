package de.kommune.intake.connector.cmis;

import java.nio.charset.StandardCharsets;

/**
 * Turns pipeline values (ids, case keys, type codes) into CMIS object names. The encoding is injective, so two
 * different idempotency keys can never share a document name, and it cannot produce a path separator or a
 * {@code .}/{@code ..} segment, so no value can climb out of the configured folder.
 */
final class CmisNames {

    private CmisNames() {
    }

    /** The document's name: {@code <encoded idempotency key>.pdf}, the same on every attempt. */
    static String documentName(String idempotencyKey) {
        return segment(idempotencyKey) + ".pdf";
    }

    /**
     * Letters (including umlauts), digits, {@code -} and {@code _} stay; every other character becomes
     * {@code %XX} per UTF-8 byte; a leading {@code .} is encoded too. An empty value becomes {@code %00}.
     */
    static String segment(String value) {
        if (value.isEmpty()) {
            return "%00";
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            boolean keep = Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || (cp == '.' && out.length() > 0);
            if (keep) {
                out.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        });
        return out.toString();
    }
}
