/** Validators for identifiers with their check digits (IBAN, BG number, Kundennummer, Steuer-ID, RV-Nr, ICAO). */
package de.kommune.intake.classify.check;
