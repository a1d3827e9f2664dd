/**
 * Field extraction: strategies ({@link de.kommune.intake.classify.extract.FieldExtractor}) propose
 * candidates per field, the {@link de.kommune.intake.classify.extract.FieldSelector} picks one.
 */
package de.kommune.intake.classify.extract;
