/** Machine-readable zones of ID documents (ICAO 9303 TD1/TD2/TD3). */
package de.kommune.intake.classify.mrz;
