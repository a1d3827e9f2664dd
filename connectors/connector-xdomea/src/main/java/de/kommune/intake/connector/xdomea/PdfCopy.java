package de.kommune.intake.connector.xdomea;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams the PDF into the zip with a fixed buffer (a 50 MiB PDF never lands in a {@code byte[]}) and notes what the
 * message says about it: SHA-256, size and the version in the {@code %PDF-x.y} header, which must be there.
 */
final class PdfCopy {

    private static final Pattern HEADER = Pattern.compile("^%PDF-(\\d\\.\\d)");
    private static final int HEADER_BYTES = 8;

    /** What the copy found out. */
    record Facts(String sha256, long size, String version) {
    }

    /** The content does not start with {@code %PDF-x.y}: the message would declare a PDF/A that is none. */
    static final class NotAPdfException extends IOException {
        NotAPdfException() {
            super("content does not start with a %PDF-x.y header");
        }
    }

    private PdfCopy() {
    }

    static Facts copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[16 * 1024];
        byte[] header = new byte[HEADER_BYTES];
        int headerLength = 0;
        long size = 0;
        int n;
        String version = null;
        while ((n = in.read(buffer)) != -1) {
            if (headerLength < HEADER_BYTES) {
                int take = Math.min(n, HEADER_BYTES - headerLength);
                System.arraycopy(buffer, 0, header, headerLength, take);
                headerLength += take;
                if (headerLength == HEADER_BYTES) {
                    version = version(header, headerLength);
                }
            }
            sha256.update(buffer, 0, n);
            out.write(buffer, 0, n);
            size += n;
        }
        if (version == null) {
            version = version(header, headerLength);
        }
        return new Facts(HexFormat.of().formatHex(sha256.digest()), size, version);
    }

    /** Checked as soon as the header is in, so a non-PDF stops after its first buffer, not after 50 MiB. */
    private static String version(byte[] header, int length) throws NotAPdfException {
        Matcher m = HEADER.matcher(new String(header, 0, length, StandardCharsets.US_ASCII));
        if (!m.find()) {
            throw new NotAPdfException();
        }
        return m.group(1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
