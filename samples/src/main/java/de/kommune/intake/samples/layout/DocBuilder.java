package de.kommune.intake.samples.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fluent list of content blocks for one document. Document templates describe <em>what</em> is on the page;
 * {@link Layouter} decides where it goes and breaks pages.
 */
public final class DocBuilder {

    private final List<Block> blocks = new ArrayList<>();

    public DocBuilder text(String text, Txt txt) {
        blocks.add(new Block.Text(text, txt, 0));
        return this;
    }

    public DocBuilder indented(String text, Txt txt, float indentPt) {
        blocks.add(new Block.Text(text, txt, indentPt));
        return this;
    }

    /** A single line (or wrapped lines) in the base font without extra space after. */
    public DocBuilder line(String text) {
        return text(text, Txt.NORMAL);
    }

    /** A paragraph followed by half a line of space. */
    public DocBuilder para(String text) {
        return text(text, Txt.NORMAL.after(0.6f));
    }

    public DocBuilder small(String text) {
        return text(text, Txt.NORMAL.size(0.8f));
    }

    /** A large bold title. */
    public DocBuilder title(String text) {
        return text(text, Txt.NORMAL.bold().size(1.5f).after(0.4f).keep());
    }

    /** A bold heading kept together with what follows. */
    public DocBuilder heading(String text) {
        return text(text, Txt.NORMAL.bold().size(1.08f).after(0.2f).keep());
    }

    /** "Label   value" at a fixed label width (fraction of the available width). */
    public DocBuilder kv(float labelWidth, String label, String value, Txt txt) {
        blocks.add(new Block.Row(new float[] {labelWidth, 1 - labelWidth}, new Align[] {Align.LEFT, Align.LEFT},
                new String[] {label, value}, txt, -1, false, false, false));
        return this;
    }

    public DocBuilder kv(String label, String value) {
        return kv(0.36f, label, value, Txt.NORMAL);
    }

    /** One table-like row. */
    public DocBuilder row(float[] widths, Align[] aligns, Txt txt, String... cells) {
        blocks.add(new Block.Row(widths, aligns, cells, txt, -1, false, false, false));
        return this;
    }

    public DocBuilder row(float[] widths, Align[] aligns, Txt txt, int fillRgb, boolean ruleBelow, boolean grid,
                          String... cells) {
        blocks.add(new Block.Row(widths, aligns, cells, txt, fillRgb, ruleBelow, grid, true));
        return this;
    }

    public DocBuilder table(Table table) {
        table.addTo(this);
        return this;
    }

    public DocBuilder space(float lines) {
        blocks.add(new Block.Space(lines));
        return this;
    }

    public DocBuilder rule() {
        return rule(0.6f, 0x000000);
    }

    public DocBuilder rule(float thickness, int rgb) {
        blocks.add(new Block.Rule(thickness, rgb));
        return this;
    }

    /** Side-by-side columns; {@code widths} are fractions of the available width. */
    @SafeVarargs
    public final DocBuilder columns(float[] widths, Consumer<DocBuilder>... cols) {
        List<List<Block>> lists = new ArrayList<>();
        for (Consumer<DocBuilder> col : cols) {
            DocBuilder inner = new DocBuilder();
            col.accept(inner);
            lists.add(inner.blocks);
        }
        blocks.add(new Block.Columns(widths, lists, 10));
        return this;
    }

    public DocBuilder box(String title, Consumer<DocBuilder> content) {
        return box(title, 0.8f, -1, content);
    }

    public DocBuilder box(String title, float strokeWidth, int fillRgb, Consumer<DocBuilder> content) {
        DocBuilder inner = new DocBuilder();
        content.accept(inner);
        blocks.add(new Block.Box(title, inner.blocks, strokeWidth, fillRgb));
        return this;
    }

    public DocBuilder check(boolean checked, String label) {
        blocks.add(new Block.Check(checked, label, Txt.NORMAL));
        return this;
    }

    public DocBuilder barcode(Barcodes.Kind kind, String content, float width, float height, Align align,
                              String caption) {
        blocks.add(new Block.Barcode(kind, content, width, height, align, caption));
        return this;
    }

    public DocBuilder signature(String caption, float width, long seed, Align align) {
        blocks.add(new Block.Signature(caption, width, seed, align));
        return this;
    }

    public DocBuilder custom(float width, float height, Align align, Block.Painter painter) {
        blocks.add(new Block.Custom(width, height, align, painter));
        return this;
    }

    public DocBuilder pageBreak() {
        blocks.add(new Block.PageBreak());
        return this;
    }

    /** Inserts the blocks of {@code other} at the front (e.g. a receipt sticker above the letterhead). */
    public DocBuilder prepend(DocBuilder other) {
        blocks.addAll(0, other.blocks);
        return this;
    }

    List<Block> blocks() {
        return blocks;
    }
}
