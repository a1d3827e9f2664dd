package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.PageResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentSplitterTest {

    /** Pages 1..n; the listed pages are separator sheets. */
    private static List<PageResult> pages(int n, int... separators) {
        List<PageResult> pages = new ArrayList<>();
        for (int p = 1; p <= n; p++) {
            boolean sep = false;
            for (int s : separators) {
                sep |= s == p;
            }
            pages.add(new PageResult(p, sep ? "" : "Seite " + p, List.of(), PageResult.OCR, 90, 100, 100, 300,
                    sep ? List.of("CODE_128:PATCHT") : List.of(), sep, List.of()));
        }
        return pages;
    }

    @Test
    void withoutSeparatorsAllPagesAreOneDocument() {
        assertThat(DocumentSplitter.split(pages(3))).containsExactly(List.of(1, 2, 3));
    }

    @Test
    void separatorsCutAndAreDropped() {
        assertThat(DocumentSplitter.split(pages(7, 3, 5)))
                .containsExactly(List.of(1, 2), List.of(4), List.of(6, 7));
    }

    @Test
    void leadingTrailingAndDoubleSeparatorsMakeNoEmptyDocuments() {
        assertThat(DocumentSplitter.split(pages(8, 1, 3, 4, 8)))
                .containsExactly(List.of(2), List.of(5, 6, 7));
    }

    @Test
    void onlySeparatorsGiveNoDocument() {
        assertThat(DocumentSplitter.split(pages(2, 1, 2))).isEmpty();
        assertThat(DocumentSplitter.split(List.of())).isEmpty();
    }

    @Test
    void thePageNumbersOfTheResultsAreUsedNotTheirPositions() {
        List<PageResult> pages = pages(6, 4).subList(2, 6); // pages 3, 4 (separator), 5, 6

        assertThat(DocumentSplitter.split(pages)).containsExactly(List.of(3), List.of(5, 6));
    }
}
