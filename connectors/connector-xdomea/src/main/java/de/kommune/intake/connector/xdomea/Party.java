package de.kommune.intake.connector.xdomea;

import java.util.Objects;

/**
 * Sender or recipient of a message (xdomea {@code KontaktType}): the authority's name and its identifier.
 *
 * @param name            the institution's name, e.g. {@code Jobcenter Musterstadt}
 * @param code            the authority identifier ({@code Behoerdenschluessel}), e.g. a DVDV key
 * @param codeListUri     the code list the identifier comes from, or {@code null}
 * @param codeListVersion that list's version, or {@code null}
 */
record Party(String name, String code, String codeListUri, String codeListVersion) {

    Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
    }
}
