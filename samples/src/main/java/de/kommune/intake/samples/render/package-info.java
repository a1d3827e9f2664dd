/** Pages to PDF (vector, text layer) and to images; scan and photo degradations; TIFF G4, PNG, JPEG+EXIF writers. */
package de.kommune.intake.samples.render;
