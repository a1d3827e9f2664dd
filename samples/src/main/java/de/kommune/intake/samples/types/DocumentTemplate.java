package de.kommune.intake.samples.types;

import de.kommune.intake.samples.DocumentType;

/** Builds one document of a type: picks a layout variant and wording, fills in data, records ground truth. */
public interface DocumentTemplate {

    DocumentType type();

    Draft build(GenContext ctx);
}
