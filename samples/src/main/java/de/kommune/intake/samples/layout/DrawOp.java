package de.kommune.intake.samples.layout;

/** A drawing primitive on a page; coordinates in points from the top-left corner, y downwards. */
public sealed interface DrawOp {

    /** Text with its baseline at {@code y}. */
    record Text(float x, float y, FontSpec font, float size, String text, int rgb) implements DrawOp {
    }

    record Line(float x1, float y1, float x2, float y2, float width, int rgb) implements DrawOp {
    }

    /** Rectangle; stroke and/or fill (a negative colour means none); optional rounded corners. */
    record Rect(float x, float y, float w, float h, float strokeWidth, int strokeRgb, int fillRgb, float radius)
            implements DrawOp {
    }

    record Ellipse(float cx, float cy, float rx, float ry, float strokeWidth, int strokeRgb, int fillRgb)
            implements DrawOp {
    }

    /** Polyline through {@code xy} pairs, drawn smooth (Catmull-Rom) when {@code smooth}. */
    record Path(float[] xy, boolean closed, boolean smooth, float width, int strokeRgb, int fillRgb)
            implements DrawOp {
    }
}
