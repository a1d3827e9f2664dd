/** Review reasons and sensitivity of an analysis result. */
package de.kommune.intake.classify.validate;
