package de.kommune.intake.samples.layout;

import java.util.List;
import java.util.Random;

import de.kommune.intake.samples.layout.FontSpec.Family;

/**
 * Page geometry and typography of one document. All lengths in PDF points (1/72 inch).
 *
 * @param footerLines   small lines printed at the bottom of every page (may be empty)
 * @param pageNumbering format with two %d (page, pages), or null for none
 */
public record Style(float pageWidth, float pageHeight, float marginLeft, float marginRight, float marginTop,
                    float marginBottom, Family family, float baseSize, float leading, int accentRgb,
                    List<String> footerLines, String pageNumbering) {

    public static final float A4_WIDTH = 595.28f;
    public static final float A4_HEIGHT = 841.89f;
    public static final float MM = 72f / 25.4f;

    /** A4 with margins, family and size varied the way real offices vary them. */
    public static Style random(Random rnd) {
        Family[] families = {Family.SANS, Family.SANS, Family.SANS, Family.SERIF, Family.SERIF};
        Family f = families[rnd.nextInt(families.length)];
        float size = f == Family.SERIF ? 10.5f + rnd.nextInt(3) * 0.5f : 9.5f + rnd.nextInt(4) * 0.5f;
        int[] accents = {0x1F3A68, 0xB01E23, 0x00614F, 0x333333, 0x6A2C70, 0x0B5394, 0x7F6000};
        return new Style(A4_WIDTH, A4_HEIGHT, (20 + rnd.nextInt(6)) * MM, (15 + rnd.nextInt(8)) * MM,
                (12 + rnd.nextInt(10)) * MM, (15 + rnd.nextInt(8)) * MM, f, size, 1.25f + rnd.nextInt(3) * 0.05f,
                accents[rnd.nextInt(accents.length)], List.of(), null);
    }

    public FontSpec font() {
        return FontSpec.of(family);
    }

    public float contentWidth() {
        return pageWidth - marginLeft - marginRight;
    }

    public Style withFamily(Family f) {
        return new Style(pageWidth, pageHeight, marginLeft, marginRight, marginTop, marginBottom, f, baseSize,
                leading, accentRgb, footerLines, pageNumbering);
    }

    public Style withBaseSize(float s) {
        return new Style(pageWidth, pageHeight, marginLeft, marginRight, marginTop, marginBottom, family, s,
                leading, accentRgb, footerLines, pageNumbering);
    }

    public Style withFooter(List<String> lines) {
        return new Style(pageWidth, pageHeight, marginLeft, marginRight, marginTop, marginBottom, family, baseSize,
                leading, accentRgb, List.copyOf(lines), pageNumbering);
    }

    public Style withPageNumbering(String format) {
        return new Style(pageWidth, pageHeight, marginLeft, marginRight, marginTop, marginBottom, family, baseSize,
                leading, accentRgb, footerLines, format);
    }

    public Style withPage(float width, float height, float margin) {
        return new Style(width, height, margin, margin, margin, margin, family, baseSize, leading, accentRgb,
                footerLines, pageNumbering);
    }
}
