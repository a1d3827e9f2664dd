/**
 * Synthetic German Jobcenter intake documents with ground truth, for tests and evaluation of the pipeline.
 * Entry points: {@link de.kommune.intake.samples.SampleSet} (API) and
 * {@link de.kommune.intake.samples.GenerateSamples} (command line).
 */
package de.kommune.intake.samples;
