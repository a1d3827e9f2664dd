package de.kommune.intake.classify;

import java.util.List;

/**
 * Everything the analyzer gets about one document.
 *
 * @param pages    the pages in order
 * @param barcodes barcodes found on the pages (may be empty)
 */
public record DocumentText(List<PageText> pages, List<Barcode> barcodes) {

    public DocumentText {
        pages = List.copyOf(pages);
        barcodes = List.copyOf(barcodes);
    }

    public String fullText() {
        StringBuilder sb = new StringBuilder();
        for (PageText p : pages) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(p.text());
        }
        return sb.toString();
    }
}
