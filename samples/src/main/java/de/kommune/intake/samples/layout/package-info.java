/**
 * Content blocks ({@link de.kommune.intake.samples.layout.DocBuilder}), word wrap and page breaking
 * ({@link de.kommune.intake.samples.layout.Layouter}) into drawing operations plus ground-truth text per page.
 */
package de.kommune.intake.samples.layout;
