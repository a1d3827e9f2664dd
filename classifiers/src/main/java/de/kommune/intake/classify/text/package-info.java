/** Document text prepared for matching: lines, pages, OCR-tolerant folding and phrase search. */
package de.kommune.intake.classify.text;
