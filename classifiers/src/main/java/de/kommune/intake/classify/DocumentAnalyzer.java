package de.kommune.intake.classify;

/**
 * Classifies a document and extracts its key fields. Implementations are thread-safe.
 */
public interface DocumentAnalyzer {

    AnalysisResult analyze(DocumentText document);
}
