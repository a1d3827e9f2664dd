package de.kommune.intake.samples.layout;

import de.kommune.intake.samples.layout.FontSpec.Family;

/**
 * Text attributes relative to the document {@link Style}: family (null = the style's), weight, size factor,
 * alignment, colour and spacing after (in multiples of the base size).
 */
public record Txt(Family family, boolean isBold, boolean isItalic, float sizeFactor, Align align, int rgb,
                  float spaceAfter, boolean keepWithNext) {

    public static final Txt NORMAL = new Txt(null, false, false, 1f, Align.LEFT, 0x000000, 0f, false);

    public static Txt normal() {
        return NORMAL;
    }

    public Txt bold() {
        return new Txt(family, true, isItalic, sizeFactor, align, rgb, spaceAfter, keepWithNext);
    }

    public Txt italic() {
        return new Txt(family, isBold, true, sizeFactor, align, rgb, spaceAfter, keepWithNext);
    }

    public Txt size(float factor) {
        return new Txt(family, isBold, isItalic, factor, align, rgb, spaceAfter, keepWithNext);
    }

    public Txt align(Align a) {
        return new Txt(family, isBold, isItalic, sizeFactor, a, rgb, spaceAfter, keepWithNext);
    }

    public Txt right() {
        return align(Align.RIGHT);
    }

    public Txt center() {
        return align(Align.CENTER);
    }

    public Txt color(int c) {
        return new Txt(family, isBold, isItalic, sizeFactor, align, c, spaceAfter, keepWithNext);
    }

    public Txt family(Family f) {
        return new Txt(f, isBold, isItalic, sizeFactor, align, rgb, spaceAfter, keepWithNext);
    }

    public Txt mono() {
        return family(Family.MONO);
    }

    public Txt after(float lines) {
        return new Txt(family, isBold, isItalic, sizeFactor, align, rgb, lines, keepWithNext);
    }

    public Txt keep() {
        return new Txt(family, isBold, isItalic, sizeFactor, align, rgb, spaceAfter, true);
    }

    FontSpec font(Style st) {
        return new FontSpec(family == null ? st.family() : family, isBold, isItalic);
    }
}
