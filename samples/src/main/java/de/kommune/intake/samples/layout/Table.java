package de.kommune.intake.samples.layout;

import java.util.ArrayList;
import java.util.List;

/** A simple table: header row, body rows, optional bold total rows; drawn as grid, rules or zebra stripes. */
public final class Table {

    /** How rows are separated. */
    public enum Look { GRID, RULES, ZEBRA, PLAIN }

    private final float[] widths;
    private final Align[] aligns;
    private final Look look;
    private final float sizeFactor;
    private String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private final List<Boolean> bold = new ArrayList<>();

    public Table(float[] widths, Align[] aligns, Look look, float sizeFactor) {
        this.widths = widths;
        this.aligns = aligns;
        this.look = look;
        this.sizeFactor = sizeFactor;
    }

    public Table header(String... cells) {
        this.header = cells;
        return this;
    }

    public Table row(String... cells) {
        rows.add(cells);
        bold.add(false);
        return this;
    }

    public Table boldRow(String... cells) {
        rows.add(cells);
        bold.add(true);
        return this;
    }

    void addTo(DocBuilder b) {
        Txt base = Txt.NORMAL.size(sizeFactor);
        boolean grid = look == Look.GRID;
        if (header != null) {
            b.row(widths, aligns, base.bold(), look == Look.PLAIN ? -1 : 0xE4E4E4, look != Look.GRID, grid, header);
        }
        for (int i = 0; i < rows.size(); i++) {
            int fill = look == Look.ZEBRA && i % 2 == 1 ? 0xF0F0F0 : -1;
            boolean boldRow = bold.get(i);
            boolean rule = look == Look.RULES || (boldRow && look != Look.GRID);
            b.row(widths, aligns, boldRow ? base.bold() : base, fill, rule, grid, rows.get(i));
        }
    }
}
