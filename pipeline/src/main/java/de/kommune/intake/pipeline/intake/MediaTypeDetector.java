package de.kommune.intake.pipeline.intake;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Detects the type of an input by its content with Tika. The file name is deliberately not given to Tika:
 * a DLL named {@code .pdf} must not pass as a PDF.
 */
public final class MediaTypeDetector {

    public static final String PDF = "application/pdf";

    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/tiff", "image/bmp",
            "image/gif");
    private static final Set<String> TEXT_DOCUMENTS = Set.of("text/plain", "message/rfc822", "application/rtf",
            "text/html", "application/xhtml+xml", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "application/vnd.ms-outlook");

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    public String detect(Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = detector.detect(in, new Metadata());
            return type.getBaseType().toString();
        }
    }

    public static boolean isImage(String mediaType) {
        return IMAGES.contains(mediaType);
    }

    public static boolean isTextDocument(String mediaType) {
        return TEXT_DOCUMENTS.contains(mediaType);
    }

    public static boolean isSupported(String mediaType) {
        return PDF.equals(mediaType) || isImage(mediaType) || isTextDocument(mediaType);
    }
}
