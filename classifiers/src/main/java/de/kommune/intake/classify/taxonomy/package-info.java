/** The configurable taxonomy (types, fields, phrases) loaded from YAML with office overrides. */
package de.kommune.intake.classify.taxonomy;
