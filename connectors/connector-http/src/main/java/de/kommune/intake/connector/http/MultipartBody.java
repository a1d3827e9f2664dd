package de.kommune.intake.connector.http;

import de.kommune.intake.connector.spi.ContentSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A {@code multipart/form-data} body (RFC 7578) whose parts are streamed from their {@link ContentSource}s, never
 * held in memory; its exact length is known up front, so the request carries a {@code Content-Length}.
 *
 * <p>File names are sent as UTF-8 in {@code filename="..."}, with {@code "}, CR and LF percent-encoded, as
 * browsers do and RFC 7578 §4.2 allows ({@code filename*} is not used: RFC 7578 forbids it).
 */
final class MultipartBody {

    /** One part: a form field {@code name}, an optional file name, and its content. */
    record Part(String name, String fileName, ContentSource content) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] CRLF = {'\r', '\n'};

    private final String boundary;
    private final List<Part> parts;

    MultipartBody(String boundary, List<Part> parts) {
        if (!boundary.matches("[0-9A-Za-z'()+_,./:=?-]{1,70}")) {
            throw new IllegalArgumentException("not a valid multipart boundary");
        }
        this.boundary = boundary;
        this.parts = List.copyOf(parts);
    }

    /** A random boundary: 128 bits, so it cannot occur by chance in a PDF. */
    static String randomBoundary() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "intake-" + HexFormat.of().formatHex(bytes);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The exact number of bytes {@link #open()} yields. */
    long length() {
        long length = closing().length;
        for (Part part : parts) {
            length += header(part).length + part.content().size() + CRLF.length;
        }
        return length;
    }

    /** A fresh stream over the whole body; opens each part's content only when the reader reaches it. */
    InputStream open() {
        List<Object> segments = new ArrayList<>();
        for (Part part : parts) {
            segments.add(header(part));
            segments.add(part.content());
            segments.add(CRLF);
        }
        segments.add(closing());
        return new BodyStream(segments);
    }

    private byte[] header(Part part) {
        StringBuilder h = new StringBuilder("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(encodeQuoted(part.name())).append('"');
        if (part.fileName() != null) {
            h.append("; filename=\"").append(encodeQuoted(part.fileName())).append('"');
        }
        String type = part.content().mediaType();
        boolean usable = type != null && !type.isBlank() && type.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
        h.append("\r\nContent-Type: ").append(usable ? type : "application/octet-stream").append("\r\n\r\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] closing() {
        return ("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The three characters that would break a quoted header parameter, percent-encoded (WHATWG form encoding). */
    static String encodeQuoted(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    /**
     * Reads the segments in turn. A content stream is closed as soon as it is exhausted, and {@link #close()} closes
     * the open one; reads and close are synchronized, so the HTTP client's thread never reads a content stream while
     * the caller closes it, and a read after close fails here without touching the content.
     */
    private static final class BodyStream extends InputStream {

        private final List<Object> segments;
        private int index;
        private byte[] bytes;
        private int bytesPos;
        private InputStream content;
        private long contentExpected;
        private long contentRead;
        private boolean closed;

        BodyStream(List<Object> segments) {
            this.segments = segments;
        }

        @Override
        public synchronized int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("multipart body closed");
            }
            if (len == 0) {
                return 0;
            }
            while (true) {
                if (bytes != null) {
                    if (bytesPos < bytes.length) {
                        int n = Math.min(len, bytes.length - bytesPos);
                        System.arraycopy(bytes, bytesPos, b, off, n);
                        bytesPos += n;
                        return n;
                    }
                    bytes = null;
                } else if (content != null) {
                    int n = content.read(b, off, len);
                    if (n >= 0) {
                        contentRead += n;
                        if (contentRead > contentExpected) {
                            throw new IOException("content longer than its declared size");
                        }
                        return n;
                    }
                    InputStream done = content;
                    content = null;
                    done.close();
                    if (contentRead != contentExpected) {
                        throw new IOException("content shorter than its declared size");
                    }
                } else if (index < segments.size()) {
                    Object next = segments.get(index++);
                    if (next instanceof byte[] array) {
                        bytes = array;
                        bytesPos = 0;
                    } else {
                        ContentSource source = (ContentSource) next;
                        contentExpected = source.size();
                        contentRead = 0;
                        content = source.openStream();
                    }
                } else {
                    return -1;
                }
            }
        }

        @Override
        public synchronized void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (content != null) {
                InputStream open = content;
                content = null;
                open.close();
            }
        }
    }
}
