/** Developer tools: evaluation on a labelled ground-truth corpus. */
package de.kommune.intake.classify.tools;
