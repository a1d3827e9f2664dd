package de.kommune.intake.samples.render;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import de.kommune.intake.samples.layout.DrawOp;
import de.kommune.intake.samples.layout.FontSpec;
import de.kommune.intake.samples.layout.PageContent;

/** Writes laid-out pages as vector PDF pages with a real text layer (Standard 14 fonts, WinAnsiEncoding). */
public final class PdfPageWriter {

    private static final float KAPPA = 0.5523f;

    private PdfPageWriter() {
    }

    /** A PDF with the Standard 14 fonts (not embedded), as born-digital output. */
    public static PDDocument toDocument(List<PageContent> pages) throws IOException {
        PDDocument doc = new PDDocument();
        for (PageContent p : pages) {
            addPage(doc, p, FontSpec::pdFont);
        }
        return doc;
    }

    /** A PDF for rasterising: metric-compatible fonts embedded when installed (see {@link RasterFonts}). */
    static PDDocument toRenderDocument(List<PageContent> pages) throws IOException {
        PDDocument doc = new PDDocument();
        RasterFonts fonts = new RasterFonts(doc);
        for (PageContent p : pages) {
            addPage(doc, p, fonts::font);
        }
        return doc;
    }

    private static void addPage(PDDocument doc, PageContent content, Function<FontSpec, PDFont> fonts)
            throws IOException {
        PDPage page = new PDPage(new PDRectangle(content.width(), content.height()));
        doc.addPage(page);
        float h = content.height();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            for (DrawOp op : content.ops()) {
                if (op instanceof DrawOp.Text t) {
                    color(cs, t.rgb(), true);
                    cs.beginText();
                    cs.setFont(fonts.apply(t.font()), t.size());
                    cs.newLineAtOffset(t.x(), h - t.y());
                    cs.showText(t.text());
                    cs.endText();
                } else if (op instanceof DrawOp.Line l) {
                    color(cs, l.rgb(), false);
                    cs.setLineWidth(l.width());
                    cs.moveTo(l.x1(), h - l.y1());
                    cs.lineTo(l.x2(), h - l.y2());
                    cs.stroke();
                } else if (op instanceof DrawOp.Rect r) {
                    rect(cs, r, h);
                } else if (op instanceof DrawOp.Ellipse e) {
                    ellipse(cs, e.cx(), h - e.cy(), e.rx(), e.ry());
                    paint(cs, e.strokeWidth(), e.strokeRgb(), e.fillRgb());
                } else if (op instanceof DrawOp.Path p) {
                    path(cs, p, h);
                }
            }
        }
    }

    private static void color(PDPageContentStream cs, int rgb, boolean fill) throws IOException {
        float r = ((rgb >> 16) & 0xFF) / 255f;
        float g = ((rgb >> 8) & 0xFF) / 255f;
        float b = (rgb & 0xFF) / 255f;
        if (fill) {
            cs.setNonStrokingColor(r, g, b);
        } else {
            cs.setStrokingColor(r, g, b);
        }
    }

    private static void paint(PDPageContentStream cs, float strokeWidth, int strokeRgb, int fillRgb)
            throws IOException {
        if (fillRgb >= 0) {
            color(cs, fillRgb, true);
        }
        if (strokeRgb >= 0) {
            color(cs, strokeRgb, false);
            cs.setLineWidth(strokeWidth);
        }
        if (fillRgb >= 0 && strokeRgb >= 0) {
            cs.fillAndStroke();
        } else if (fillRgb >= 0) {
            cs.fill();
        } else if (strokeRgb >= 0) {
            cs.stroke();
        }
    }

    private static void rect(PDPageContentStream cs, DrawOp.Rect r, float h) throws IOException {
        float x = r.x();
        float y = h - r.y() - r.h();
        float rad = Math.min(r.radius(), Math.min(r.w(), r.h()) / 2);
        if (rad <= 0) {
            cs.addRect(x, y, r.w(), r.h());
        } else {
            float k = rad * KAPPA;
            float x2 = x + r.w();
            float y2 = y + r.h();
            cs.moveTo(x + rad, y);
            cs.lineTo(x2 - rad, y);
            cs.curveTo(x2 - rad + k, y, x2, y + rad - k, x2, y + rad);
            cs.lineTo(x2, y2 - rad);
            cs.curveTo(x2, y2 - rad + k, x2 - rad + k, y2, x2 - rad, y2);
            cs.lineTo(x + rad, y2);
            cs.curveTo(x + rad - k, y2, x, y2 - rad + k, x, y2 - rad);
            cs.lineTo(x, y + rad);
            cs.curveTo(x, y + rad - k, x + rad - k, y, x + rad, y);
            cs.closePath();
        }
        paint(cs, r.strokeWidth(), r.strokeRgb(), r.fillRgb());
    }

    private static void ellipse(PDPageContentStream cs, float cx, float cy, float rx, float ry) throws IOException {
        float kx = rx * KAPPA;
        float ky = ry * KAPPA;
        cs.moveTo(cx + rx, cy);
        cs.curveTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        cs.curveTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        cs.curveTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        cs.curveTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        cs.closePath();
    }

    /** Polyline, or a Catmull-Rom spline through the points converted to cubic Béziers. */
    private static void path(PDPageContentStream cs, DrawOp.Path p, float h) throws IOException {
        float[] xy = p.xy();
        int n = xy.length / 2;
        if (n < 2) {
            return;
        }
        cs.moveTo(xy[0], h - xy[1]);
        for (int i = 1; i < n; i++) {
            if (!p.smooth()) {
                cs.lineTo(xy[2 * i], h - xy[2 * i + 1]);
                continue;
            }
            int i0 = Math.max(0, i - 2);
            int i1 = i - 1;
            int i3 = Math.min(n - 1, i + 1);
            float c1x = xy[2 * i1] + (xy[2 * i] - xy[2 * i0]) / 6;
            float c1y = xy[2 * i1 + 1] + (xy[2 * i + 1] - xy[2 * i0 + 1]) / 6;
            float c2x = xy[2 * i] - (xy[2 * i3] - xy[2 * i1]) / 6;
            float c2y = xy[2 * i + 1] - (xy[2 * i3 + 1] - xy[2 * i1 + 1]) / 6;
            cs.curveTo(c1x, h - c1y, c2x, h - c2y, xy[2 * i], h - xy[2 * i + 1]);
        }
        if (p.closed()) {
            cs.closePath();
        }
        paint(cs, p.width(), p.strokeRgb(), p.fillRgb());
    }
}
