/**
 * Document analysis for the intake pipeline: classification, field extraction and validation,
 * plain Java. Entry point: {@link de.kommune.intake.classify.RuleBasedAnalyzer} implementing
 * {@link de.kommune.intake.classify.DocumentAnalyzer}.
 */
package de.kommune.intake.classify;
