package de.kommune.intake.classify.classification;

import de.kommune.intake.classify.text.TextView;

/**
 * Decides the document type. The cue classifier is the first implementation; a trained model or
 * an ensemble can implement the same interface. Implementations are thread-safe.
 */
public interface DocumentClassifier {

    Classification classify(TextView text);
}
