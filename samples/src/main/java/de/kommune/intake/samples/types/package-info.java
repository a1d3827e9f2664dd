/** One template per document type: layout variants, wording and the ground truth each one prints. */
package de.kommune.intake.samples.types;
