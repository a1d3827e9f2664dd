package de.kommune.intake.samples.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Stacks {@link Block}s top to bottom, wraps text, breaks pages and adds footers. */
public final class Layouter {

    private final Style st;
    private final float scale;
    private final List<PageContent> pages = new ArrayList<>();
    private Canvas page;
    private float y;

    private Layouter(Style st, float scale) {
        this.st = st;
        this.scale = scale;
    }

    public static List<PageContent> layout(DocBuilder doc, Style st) {
        return new Layouter(st, 1f).run(doc.blocks());
    }

    /** Lays out with shrinking type (down to 70 %) until the document fits on {@code maxPages} pages. */
    public static List<PageContent> layoutFitting(DocBuilder doc, Style st, int maxPages) {
        List<PageContent> result = null;
        for (float s : new float[] {1f, 0.93f, 0.86f, 0.8f, 0.75f, 0.7f}) {
            result = new Layouter(st, s).run(doc.blocks());
            if (result.size() <= maxPages) {
                return result;
            }
        }
        return result;
    }

    // ------------------------------------------------------------------------------------------ page flow

    private float top() {
        return st.marginTop();
    }

    private float footerHeight() {
        int n = st.footerLines().size() + (st.pageNumbering() != null ? 1 : 0);
        return n == 0 ? 0 : n * footerSize() * 1.3f + 6;
    }

    private float footerSize() {
        return Math.max(6.5f, st.baseSize() * 0.72f * scale);
    }

    private float bottom() {
        return st.pageHeight() - st.marginBottom() - footerHeight();
    }

    private void newPage() {
        if (page != null) {
            pages.add(new PageContent(st.pageWidth(), st.pageHeight(), page.ops(), page.text()));
        }
        page = new Canvas();
        y = top();
    }

    private List<PageContent> run(List<Block> blocks) {
        newPage();
        float x = st.marginLeft();
        float w = st.contentWidth();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.PageBreak) {
                newPage();
                continue;
            }
            float h = measure(b, w);
            if (b instanceof Block.Text t && t.txt().keepWithNext() && i + 1 < blocks.size()) {
                Block next = blocks.get(i + 1);
                float nextH = next instanceof Block.Text nt ? lineHeight(size(nt.txt())) * 2 : measure(next, w);
                if (y + h + nextH > bottom() && y > top() + 1) {
                    newPage();
                }
            }
            if (b instanceof Block.Text t && y + h > bottom()) {
                flowText(t, x, w);
                continue;
            }
            if (y + h > bottom() && y > top() + 1) {
                newPage();
            }
            y += place(b, x, y, w, page);
        }
        newPage();
        addFooters();
        return pages;
    }

    /** A paragraph that does not fit: place it line by line, continuing on the next page. */
    private void flowText(Block.Text t, float x, float w) {
        float size = size(t.txt());
        FontSpec f = t.txt().font(st);
        for (String line : wrap(t.text(), f, size, w - t.indent())) {
            if (y + lineHeight(size) > bottom()) {
                newPage();
            }
            y += placeLine(line, f, size, t.txt(), x + t.indent(), y, w - t.indent(), page);
        }
        y += t.txt().spaceAfter() * size;
    }

    private void addFooters() {
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            PageContent p = pages.get(i);
            Canvas c = new Canvas();
            c.ops().addAll(p.ops());
            c.text().addAll(p.lines());
            float fs = footerSize();
            float fy = st.pageHeight() - st.marginBottom() - footerHeight() + 4;
            FontSpec f = st.font();
            if (!st.footerLines().isEmpty()) {
                c.line(st.marginLeft(), fy, st.pageWidth() - st.marginRight(), fy, 0.4f, 0x777777);
            }
            float ly = fy + fs * 1.3f;
            for (String line : st.footerLines()) {
                c.text(st.marginLeft(), ly, f, fs, line, 0x444444);
                c.gt(line);
                ly += fs * 1.3f;
            }
            if (st.pageNumbering() != null) {
                String s = String.format(st.pageNumbering(), i + 1, n);
                c.text(st.pageWidth() - st.marginRight() - f.width(s, fs), ly, f, fs, s, 0x000000);
                c.gt(s);
            }
            pages.set(i, new PageContent(p.width(), p.height(), c.ops(), c.text()));
        }
    }

    // ------------------------------------------------------------------------------------------ blocks

    private float size(Txt t) {
        return st.baseSize() * t.sizeFactor() * scale;
    }

    private float lineHeight(float size) {
        return size * st.leading();
    }

    private float measure(Block b, float w) {
        return place(b, 0, 0, w, new Canvas());
    }

    /** Draws {@code b} with its top-left corner at (x, y) into {@code c}; returns its height. */
    private float place(Block b, float x, float y0, float w, Canvas c) {
        if (b instanceof Block.Text t) {
            return placeText(t, x, y0, w, c);
        } else if (b instanceof Block.Row r) {
            return placeRow(r, x, y0, w, c);
        } else if (b instanceof Block.Space s) {
            return s.lines() * lineHeight(st.baseSize() * scale);
        } else if (b instanceof Block.Rule r) {
            float gap = st.baseSize() * scale * 0.35f;
            c.line(x, y0 + gap, x + w, y0 + gap, r.thickness(), r.rgb());
            return 2 * gap;
        } else if (b instanceof Block.Columns cols) {
            return placeColumns(cols, x, y0, w, c);
        } else if (b instanceof Block.Box box) {
            return placeBox(box, x, y0, w, c);
        } else if (b instanceof Block.Check ch) {
            return placeCheck(ch, x, y0, w, c);
        } else if (b instanceof Block.Barcode bc) {
            return placeBarcode(bc, x, y0, w, c);
        } else if (b instanceof Block.Signature sig) {
            return placeSignature(sig, x, y0, w, c);
        } else if (b instanceof Block.Custom cu) {
            cu.painter().paint(c, alignX(cu.align(), x, w, cu.width()), y0);
            return cu.height();
        }
        return 0f;
    }

    private float placeText(Block.Text t, float x, float y0, float w, Canvas c) {
        float size = size(t.txt());
        FontSpec f = t.txt().font(st);
        float yy = y0;
        for (String line : wrap(t.text(), f, size, w - t.indent())) {
            yy += placeLine(line, f, size, t.txt(), x + t.indent(), yy, w - t.indent(), c);
        }
        return yy - y0 + t.txt().spaceAfter() * size;
    }

    private float placeLine(String line, FontSpec f, float size, Txt txt, float x, float y0, float w, Canvas c) {
        float lw = f.width(line, size);
        c.text(alignX(txt.align(), x, w, lw), baseline(y0, size), f, size, line, txt.rgb());
        c.gt(line);
        return lineHeight(size);
    }

    private float baseline(float top, float size) {
        return top + size * (0.78f + (st.leading() - 1f) / 2f);
    }

    private static float alignX(Align a, float x, float w, float contentWidth) {
        return switch (a) {
            case LEFT -> x;
            case CENTER -> x + (w - contentWidth) / 2;
            case RIGHT -> x + w - contentWidth;
        };
    }

    private float placeRow(Block.Row r, float x, float y0, float w, Canvas c) {
        float size = size(r.txt());
        FontSpec f = r.txt().font(st);
        float padH = r.padded() ? 3 : 0;
        float padV = r.padded() ? size * 0.2f : 0;
        int n = r.cells().length;
        List<List<String>> cellLines = new ArrayList<>();
        float[] xs = new float[n + 1];
        xs[0] = x;
        int maxLines = 1;
        for (int i = 0; i < n; i++) {
            float cw = w * r.widths()[i];
            xs[i + 1] = xs[i] + cw;
            String cell = r.cells()[i] == null ? "" : r.cells()[i];
            List<String> lines = cell.isEmpty() ? List.of() : wrap(cell, f, size, cw - 2 * padH - 2);
            cellLines.add(lines);
            maxLines = Math.max(maxLines, lines.size());
        }
        float h = maxLines * lineHeight(size) + 2 * padV;
        if (r.fillRgb() >= 0) {
            c.fill(x, y0, w, h, r.fillRgb());
        }
        for (int line = 0; line < maxLines; line++) {
            StringBuilder gt = new StringBuilder();
            for (int i = 0; i < n; i++) {
                List<String> lines = cellLines.get(i);
                if (line >= lines.size()) {
                    continue;
                }
                String s = lines.get(line);
                float cw = xs[i + 1] - xs[i] - 2 * padH;
                float tx = alignX(r.aligns()[Math.min(i, r.aligns().length - 1)], xs[i] + padH, cw, f.width(s, size));
                c.text(tx, baseline(y0 + padV + line * lineHeight(size), size), f, size, s, r.txt().rgb());
                if (gt.length() > 0) {
                    gt.append(' ');
                }
                gt.append(s);
            }
            c.gt(gt.toString());
        }
        if (r.grid()) {
            c.rect(x, y0, w, h, 0.5f, 0x000000, -1, 0);
            for (int i = 1; i < n; i++) {
                c.line(xs[i], y0, xs[i], y0 + h, 0.5f, 0x000000);
            }
        } else if (r.ruleBelow()) {
            c.line(x, y0 + h, x + w, y0 + h, 0.5f, 0x555555);
        }
        return h;
    }

    private float placeColumns(Block.Columns cols, float x, float y0, float w, Canvas c) {
        float maxH = 0;
        float cx = x;
        int n = cols.columns().size();
        float usable = w - cols.gap() * (n - 1);
        for (int i = 0; i < n; i++) {
            float cw = usable * cols.widths()[i];
            float yy = y0;
            for (Block b : cols.columns().get(i)) {
                yy += place(b, cx, yy, cw, c);
            }
            maxH = Math.max(maxH, yy - y0);
            cx += cw + cols.gap();
        }
        return maxH;
    }

    private float placeBox(Block.Box box, float x, float y0, float w, Canvas c) {
        float pad = st.baseSize() * scale * 0.6f;
        Canvas inner = new Canvas();
        float yy = y0;
        if (box.title() != null) {
            float ts = st.baseSize() * scale * 0.95f;
            FontSpec bold = st.font().withBold(true);
            float th = lineHeight(ts) + pad * 0.6f;
            inner.fill(x, y0, w, th, 0xDDDDDD);
            inner.text(x + pad, baseline(y0 + pad * 0.3f, ts), bold, ts, box.title(), 0x000000);
            inner.gt(box.title());
            yy += th;
        }
        yy += pad * 0.7f;
        for (Block b : box.inner()) {
            yy += place(b, x + pad, yy, w - 2 * pad, inner);
        }
        yy += pad * 0.7f;
        float h = yy - y0;
        if (box.fillRgb() >= 0) {
            c.fill(x, y0, w, h, box.fillRgb());
        }
        c.addAll(inner);
        c.rect(x, y0, w, h, box.strokeWidth(), 0x000000, -1, 0);
        return h;
    }

    private float placeCheck(Block.Check ch, float x, float y0, float w, Canvas c) {
        float size = size(ch.txt());
        float box = size * 0.85f;
        float by = baseline(y0, size) - box * 0.9f;
        c.rect(x, by, box, box, 0.7f, 0x000000, -1, 0);
        if (ch.checked()) {
            c.line(x + 1.2f, by + 1.2f, x + box - 1.2f, by + box - 1.2f, 1.1f, 0x000000);
            c.line(x + box - 1.2f, by + 1.2f, x + 1.2f, by + box - 1.2f, 1.1f, 0x000000);
        }
        FontSpec f = ch.txt().font(st);
        float tx = x + box + size * 0.6f;
        float yy = y0;
        boolean first = true;
        for (String line : wrap(ch.label(), f, size, w - (tx - x))) {
            c.text(tx, baseline(yy, size), f, size, line, 0x000000);
            c.gt(line);
            first = false;
            yy += lineHeight(size);
        }
        return yy - y0 + size * 0.25f;
    }

    private float placeBarcode(Block.Barcode bc, float x, float y0, float w, Canvas c) {
        float bx = alignX(bc.align(), x, w, bc.width());
        float used = Barcodes.draw(c, bc.kind(), bc.content(), bx, y0, bc.width(), bc.height());
        float h = bc.kind() == Barcodes.Kind.QR ? used : bc.height();
        if (bc.caption() != null) {
            float size = Math.max(7f, st.baseSize() * scale * 0.85f);
            FontSpec f = st.font();
            float cwid = f.width(bc.caption(), size);
            float cx = bc.kind() == Barcodes.Kind.QR && bc.align() == Align.LEFT ? bx
                    : alignX(Align.CENTER, bx, Math.max(used, cwid), cwid);
            if (bc.align() == Align.RIGHT) {
                cx = Math.min(cx, x + w - cwid);
            }
            c.text(cx, y0 + h + size * 1.1f, f, size, bc.caption(), 0x000000);
            c.gt(bc.caption());
            h += size * 1.5f;
        }
        return h + 4;
    }

    private float placeSignature(Block.Signature sig, float x, float y0, float w, Canvas c) {
        float sw = Math.min(sig.width(), w);
        float sx = alignX(sig.align(), x, w, sw);
        float sh = 30;
        Random r = new Random(sig.seed());
        int n = 7 + r.nextInt(6);
        float[] xy = new float[n * 2];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = sx + 6 + (sw * 0.75f) * i / (n - 1) + r.nextFloat() * 8 - 4;
            xy[2 * i + 1] = y0 + 6 + r.nextFloat() * (sh - 8);
        }
        c.path(xy, false, true, 1.1f, 0x1A237E, -1);
        c.line(sx, y0 + sh, sx + sw, y0 + sh, 0.5f, 0x000000);
        float h = sh + 3;
        if (sig.caption() != null) {
            float size = st.baseSize() * scale * 0.8f;
            for (String line : sig.caption().split("\n")) {
                c.text(sx, baseline(y0 + h, size), st.font(), size, line, 0x000000);
                c.gt(line);
                h += lineHeight(size);
            }
        }
        return h + 4;
    }

    // ------------------------------------------------------------------------------------------ wrapping

    /** Greedy word wrap; explicit newlines are kept; over-long words are broken. */
    static List<String> wrap(String text, FontSpec f, float size, float width) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            String[] words = para.trim().split(" +");
            StringBuilder line = new StringBuilder();
            for (String word : words) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (f.width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (f.width(rest, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && f.width(rest.substring(0, cut), size) > width) {
                        cut--;
                    }
                    out.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (line.length() > 0) {
                out.add(line.toString());
            }
        }
        return out;
    }
}
