package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.PageResult;

import java.util.ArrayList;
import java.util.List;

/** Cuts an input's pages into documents at separator sheets; the sheets themselves are dropped. */
final class DocumentSplitter {

    private DocumentSplitter() {
    }

    /** @return the 1-based page lists of the documents, in order; empty when every page is a separator */
    static List<List<Integer>> split(List<PageResult> pages) {
        List<List<Integer>> documents = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (PageResult page : pages) {
            if (page.separator()) {
                if (!current.isEmpty()) {
                    documents.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(page.page());
            }
        }
        if (!current.isEmpty()) {
            documents.add(current);
        }
        return documents;
    }
}
