/** Fictitious people, places and organisations; identifiers with check digits; German print formats. */
package de.kommune.intake.samples.data;
