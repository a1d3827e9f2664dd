package de.kommune.intake.samples.layout;

import java.util.List;

/** Content blocks that {@link Layouter} stacks vertically and breaks into pages. Built with {@link DocBuilder}. */
sealed interface Block {

    /** A paragraph, wrapped to the available width. */
    record Text(String text, Txt txt, float indent) implements Block {
    }

    /** One table or key/value row: cells at fractional widths, each wrapped inside its cell. */
    record Row(float[] widths, Align[] aligns, String[] cells, Txt txt, int fillRgb, boolean ruleBelow,
               boolean grid, boolean padded) implements Block {
    }

    record Space(float lines) implements Block {
    }

    record Rule(float thickness, int rgb) implements Block {
    }

    /** Side-by-side columns laid out independently; height = tallest column. */
    record Columns(float[] widths, List<List<Block>> columns, float gap) implements Block {
    }

    /** A framed box around other blocks, with an optional title bar. */
    record Box(String title, List<Block> inner, float strokeWidth, int fillRgb) implements Block {
    }

    record Check(boolean checked, String label, Txt txt) implements Block {
    }

    record Barcode(Barcodes.Kind kind, String content, float width, float height, Align align, String caption)
            implements Block {
    }

    /** A handwritten-looking signature above a rule with an optional caption below. */
    record Signature(String caption, float width, long seed, Align align) implements Block {
    }

    /** Free drawing of a fixed size, e.g. an identity card. */
    record Custom(float width, float height, Align align, Painter painter) implements Block {
    }

    record PageBreak() implements Block {
    }

    /** Draws a fixed-size element at (x, y) = its top-left corner. */
    @FunctionalInterface
    public interface Painter {
        void paint(Canvas canvas, float x, float y);
    }
}
