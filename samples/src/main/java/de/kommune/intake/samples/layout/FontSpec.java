package de.kommune.intake.samples.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/** One of the PDF Standard 14 fonts (WinAnsiEncoding: umlauts, ß and € work, no font files needed). */
public record FontSpec(Family family, boolean bold, boolean italic) {

    /** Helvetica, Times or Courier. */
    public enum Family { SANS, SERIF, MONO }

    private static final ThreadLocal<Map<FontName, PDFont>> FONTS = ThreadLocal.withInitial(HashMap::new);

    public static FontSpec of(Family family) {
        return new FontSpec(family, false, false);
    }

    public FontSpec withBold(boolean b) {
        return new FontSpec(family, b, italic);
    }

    public FontSpec withItalic(boolean i) {
        return new FontSpec(family, bold, i);
    }

    public FontName fontName() {
        return switch (family) {
            case SANS -> bold ? (italic ? FontName.HELVETICA_BOLD_OBLIQUE : FontName.HELVETICA_BOLD)
                    : (italic ? FontName.HELVETICA_OBLIQUE : FontName.HELVETICA);
            case SERIF -> bold ? (italic ? FontName.TIMES_BOLD_ITALIC : FontName.TIMES_BOLD)
                    : (italic ? FontName.TIMES_ITALIC : FontName.TIMES_ROMAN);
            case MONO -> bold ? (italic ? FontName.COURIER_BOLD_OBLIQUE : FontName.COURIER_BOLD)
                    : (italic ? FontName.COURIER_OBLIQUE : FontName.COURIER);
        };
    }

    /** The (per thread cached) PDFBox font. */
    public PDFont pdFont() {
        return FONTS.get().computeIfAbsent(fontName(), PDType1Font::new);
    }

    /** Width of {@code s} in points at {@code size}. */
    public float width(String s, float size) {
        try {
            return pdFont().getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not encodable in WinAnsi: '" + s + "'", e);
        }
    }
}
