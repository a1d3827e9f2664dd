package de.kommune.intake.samples.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

import de.kommune.intake.samples.layout.FontSpec;

/**
 * Fonts for rasterising. PDFBox draws non-embedded Standard 14 fonts with whatever the system offers, often its
 * bundled LiberationSans for all of them (so Courier and Times lose their look). For the in-memory PDFs that are
 * rendered to images we therefore embed the metric-compatible URW clones (Nimbus Sans/Roman/Mono PS) when they are
 * installed (Debian: fonts-urw-base35; directory overridable with -Dsamples.fontDir). No global PDFBox state is
 * changed; born-digital outputs keep the plain Standard 14 fonts.
 */
final class RasterFonts {

    private static final List<String> DIRS = List.of("/usr/share/fonts/X11/Type1", "/usr/share/fonts/type1/urw-base35",
            "/usr/share/fonts/type1/gsfonts", "/usr/share/fonts/urw-base35", "/usr/share/fonts/type1");
    private static final Map<FontName, Optional<byte[]>> PFB = new ConcurrentHashMap<>();

    private final PDDocument doc;
    private final Map<FontName, PDFont> cache = new EnumMap<>(FontName.class);

    RasterFonts(PDDocument doc) {
        this.doc = doc;
    }

    PDFont font(FontSpec spec) {
        return cache.computeIfAbsent(spec.fontName(), name -> load(name).map(bytes -> {
            try {
                return (PDFont) new PDType1Font(doc, new ByteArrayInputStream(bytes), WinAnsiEncoding.INSTANCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElseGet(spec::pdFont));
    }

    /** True when the URW fonts were found (rendered text then looks like Helvetica, Times and Courier). */
    static boolean available() {
        return load(FontName.HELVETICA).isPresent();
    }

    private static Optional<byte[]> load(FontName name) {
        return PFB.computeIfAbsent(name, n -> {
            String file = fileName(n) + ".pfb";
            String custom = System.getProperty("samples.fontDir");
            List<String> dirs = custom == null ? DIRS : List.of(custom);
            for (String dir : dirs) {
                Path p = Path.of(dir, file);
                if (Files.isRegularFile(p)) {
                    try {
                        return Optional.of(Files.readAllBytes(p));
                    } catch (IOException e) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        });
    }

    private static String fileName(FontName n) {
        return switch (n) {
            case HELVETICA -> "NimbusSans-Regular";
            case HELVETICA_BOLD -> "NimbusSans-Bold";
            case HELVETICA_OBLIQUE -> "NimbusSans-Italic";
            case HELVETICA_BOLD_OBLIQUE -> "NimbusSans-BoldItalic";
            case TIMES_ROMAN -> "NimbusRoman-Regular";
            case TIMES_BOLD -> "NimbusRoman-Bold";
            case TIMES_ITALIC -> "NimbusRoman-Italic";
            case TIMES_BOLD_ITALIC -> "NimbusRoman-BoldItalic";
            case COURIER -> "NimbusMonoPS-Regular";
            case COURIER_BOLD -> "NimbusMonoPS-Bold";
            case COURIER_OBLIQUE -> "NimbusMonoPS-Italic";
            case COURIER_BOLD_OBLIQUE -> "NimbusMonoPS-BoldItalic";
            default -> "none";
        };
    }
}
