package de.kommune.intake.classify.extract;

/**
 * One extraction strategy. It proposes candidates for the active fields whose taxonomy
 * {@code sources} name it; the {@link FieldSelector} decides. Implementations are stateless.
 */
public interface FieldExtractor {

    void extract(ExtractionContext ctx);
}
