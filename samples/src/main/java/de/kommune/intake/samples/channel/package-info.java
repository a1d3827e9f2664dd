/** Writers for the input channels (born-digital, scan, office, photo, batch) and for broken inputs. */
package de.kommune.intake.samples.channel;
