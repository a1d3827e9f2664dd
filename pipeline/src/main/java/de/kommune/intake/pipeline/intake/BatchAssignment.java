package de.kommune.intake.pipeline.intake;

/** Which batch a file taken from the hot folder belongs to; serve mode stores batches, other modes have none. */
@FunctionalInterface
public interface BatchAssignment {

    BatchAssignment NONE = relativePath -> null;

    /** @return the batch id, or {@code null} for none */
    String batchFor(String relativePath);
}
