package de.kommune.intake.samples.layout;

import java.util.ArrayList;
import java.util.List;

/** Collects the drawing operations and the ground-truth text lines of one page (or of a dry-run measure). */
public final class Canvas {

    private final List<DrawOp> ops = new ArrayList<>();
    private final List<String> text = new ArrayList<>();

    public void text(float x, float baseline, FontSpec font, float size, String s, int rgb) {
        ops.add(new DrawOp.Text(x, baseline, font, size, s, rgb));
    }

    public void line(float x1, float y1, float x2, float y2, float width, int rgb) {
        ops.add(new DrawOp.Line(x1, y1, x2, y2, width, rgb));
    }

    public void rect(float x, float y, float w, float h, float strokeWidth, int strokeRgb, int fillRgb, float radius) {
        ops.add(new DrawOp.Rect(x, y, w, h, strokeWidth, strokeRgb, fillRgb, radius));
    }

    public void fill(float x, float y, float w, float h, int rgb) {
        rect(x, y, w, h, 0, -1, rgb, 0);
    }

    public void ellipse(float cx, float cy, float rx, float ry, float strokeWidth, int strokeRgb, int fillRgb) {
        ops.add(new DrawOp.Ellipse(cx, cy, rx, ry, strokeWidth, strokeRgb, fillRgb));
    }

    public void path(float[] xy, boolean closed, boolean smooth, float width, int strokeRgb, int fillRgb) {
        ops.add(new DrawOp.Path(xy, closed, smooth, width, strokeRgb, fillRgb));
    }

    /** Records a line of ground-truth text (reading order = call order). */
    public void gt(String line) {
        if (line != null && !line.isBlank()) {
            text.add(line.strip());
        }
    }

    public List<DrawOp> ops() {
        return ops;
    }

    public List<String> text() {
        return text;
    }

    void addAll(Canvas other) {
        ops.addAll(other.ops);
        text.addAll(other.text);
    }
}
