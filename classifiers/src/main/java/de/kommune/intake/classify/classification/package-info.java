/** Document type classification; {@link de.kommune.intake.classify.classification.DocumentClassifier} is the extension point. */
package de.kommune.intake.classify.classification;
