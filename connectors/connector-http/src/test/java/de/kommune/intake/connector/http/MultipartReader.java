package de.kommune.intake.connector.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict, streaming {@code multipart/form-data} reader for the test DMS, written from RFC 7578/2046 and
 * independent of the connector's writer: each part body streams into a file, so a 50 MiB PDF never sits in memory.
 * Anything malformed (no closing delimiter, a truncated body, a bad header) is an {@link IOException}.
 */
final class MultipartReader {

    record Part(String name, String fileName, String contentType, Path file) {
        String text() throws IOException {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("(?i)multipart/form-data;\\s*boundary=\"?([^\";]+)\"?");
    private static final Pattern PARAM = Pattern.compile(";\\s*([A-Za-z*]+)=\"([^\"]*)\"");

    private MultipartReader() {
    }

    static String boundary(String contentType) throws IOException {
        Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!m.find()) {
            throw new IOException("not multipart/form-data: " + contentType);
        }
        return m.group(1);
    }

    static List<Part> read(InputStream raw, String boundary, Path dir) throws IOException {
        InputStream in = new BufferedInputStream(raw, 64 * 1024);
        Files.createDirectories(dir);
        expect(in, ("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        List<Part> parts = new ArrayList<>();
        while (true) {
            Map<String, String> headers = headers(in);
            String disposition = headers.getOrDefault("content-disposition", "");
            if (!disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
                throw new IOException("part without Content-Disposition: form-data");
            }
            Map<String, String> params = new LinkedHashMap<>();
            Matcher m = PARAM.matcher(disposition);
            while (m.find()) {
                params.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
            }
            if (params.containsKey("filename*")) {
                throw new IOException("filename* must not be used in multipart/form-data (RFC 7578 4.2)");
            }
            Path file = dir.resolve(UUID.randomUUID() + ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                copyUntil(in, delimiter, out);
            }
            String fileName = params.get("filename");
            parts.add(new Part(params.get("name"), fileName == null ? null : decode(fileName),
                    headers.get("content-type"), file));
            int a = in.read();
            int b = in.read();
            if (a == '-' && b == '-') {
                expect(in, "\r\n".getBytes(StandardCharsets.US_ASCII));
                if (in.read() != -1) {
                    throw new IOException("bytes after the closing delimiter");
                }
                return parts;
            }
            if (a != '\r' || b != '\n') {
                throw new IOException("delimiter not followed by CRLF or --");
            }
        }
    }

    /** The WHATWG/browser encoding of a quoted file name: only {@code "}, CR and LF are percent-encoded. */
    static String decode(String quoted) {
        return quoted.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        while (true) {
            String line = line(in);
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("bad part header");
            }
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("truncated part headers");
            }
            if (c == '\r') {
                if (in.read() != '\n') {
                    throw new IOException("CR without LF in part headers");
                }
                return line.toString(StandardCharsets.UTF_8);
            }
            if (c == '\n') {
                throw new IOException("bare LF in part headers");
            }
            line.write(c);
            if (line.size() > 8192) {
                throw new IOException("part header too long");
            }
        }
    }

    /**
     * Copies until {@code delimiter}, which is consumed. The delimiter starts with CR and the boundary holds no CR,
     * so after a mismatch only the current byte can start a new match.
     */
    private static void copyUntil(InputStream in, byte[] delimiter, OutputStream out) throws IOException {
        int matched = 0;
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("truncated part body");
            }
            if (c == (delimiter[matched] & 0xff)) {
                if (++matched == delimiter.length) {
                    return;
                }
                continue;
            }
            if (matched > 0) {
                out.write(delimiter, 0, matched);
                matched = 0;
            }
            if (c == delimiter[0]) {
                matched = 1;
            } else {
                out.write(c);
            }
        }
    }

    private static void expect(InputStream in, byte[] expected) throws IOException {
        for (byte e : expected) {
            if (in.read() != (e & 0xff)) {
                throw new IOException("unexpected bytes in multipart framing");
            }
        }
    }
}
