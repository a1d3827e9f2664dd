/** Parsers and normalisers for German values: dates, months, amounts, numbers, names, addresses. */
package de.kommune.intake.classify.value;
