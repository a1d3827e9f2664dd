package de.kommune.intake.pipeline.model;

import java.util.List;

/**
 * What the OCR stage learned about one page of an input; stored as JSON next to the page image.
 *
 * @param page          1-based page of the input
 * @param text          page text, lines separated by {@code \n}
 * @param words         word boxes in pixels of the page image (empty for text-layer pages)
 * @param source        {@code TEXT_LAYER}, {@code OCR} or {@code EXTRACTED} (office formats)
 * @param confidence    mean word confidence 0..100 ({@code 100} for text layers)
 * @param imageWidth    pixels of the stored page image (0 when there is none)
 * @param imageHeight   pixels of the stored page image
 * @param dpi           resolution of the page image
 * @param barcodes      decoded barcodes as {@code FORMAT:payload}
 * @param separator     whether this page is a separator sheet (dropped from documents)
 * @param corrections   preprocessing applied, in order (TR-RESISCAN wants them recorded)
 */
public record PageResult(int page, String text, List<OcrWord> words, String source, double confidence,
                         int imageWidth, int imageHeight, int dpi, List<String> barcodes, boolean separator,
                         List<String> corrections) {

    public static final String TEXT_LAYER = "TEXT_LAYER";
    public static final String OCR = "OCR";
    public static final String EXTRACTED = "EXTRACTED";

    public PageResult {
        words = List.copyOf(words);
        barcodes = List.copyOf(barcodes);
        corrections = List.copyOf(corrections);
    }

    public boolean hasImage() {
        return imageWidth > 0;
    }
}
