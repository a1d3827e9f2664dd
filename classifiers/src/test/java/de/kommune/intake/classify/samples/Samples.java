package de.kommune.intake.classify.samples;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.GeneratedDocument;
import de.kommune.intake.samples.SampleSet;

/** Text of documents from the project's generator, for tests. */
public final class Samples {

    private Samples() {
    }

    /** All pages of a generated document, separated by newlines. */
    public static String text(DocumentType type, long seed) {
        GeneratedDocument d = SampleSet.document(type, seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.pages().size(); i++) {
            sb.append(i == 0 ? "" : "\n").append(d.pageText(i));
        }
        return sb.toString();
    }
}
