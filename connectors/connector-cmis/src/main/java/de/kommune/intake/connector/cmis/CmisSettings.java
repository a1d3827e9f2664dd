package de.kommune.intake.connector.cmis;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The checked settings of one CMIS target.
 *
 * @param url              the Browser binding or AtomPub service URL
 * @param binding          which of the two the URL is
 * @param repositoryId     the repository to file into; empty means the server's first
 * @param user             user name; empty for anonymous access
 * @param password         password (from {@code password} or the variable named by {@code password-env})
 * @param folders          where each document goes
 * @param defaultType      object type for document types without a {@code type-mapping} entry
 * @param secondaryTypes   CMIS 1.1 secondary types attached to every document (their properties can be mapped too)
 * @param typeMapping      taxonomy document type → CMIS object type id (keys matched ignoring case)
 * @param propertyMapping  taxonomy field code → CMIS property id (keys matched ignoring case)
 * @param attributeMapping document attribute (id, source file name, ...) → CMIS property id
 * @param connectTimeout   HTTP connect timeout for deliveries
 * @param readTimeout      HTTP read timeout for deliveries
 * @param checkTimeout     connect and read timeout of {@code check()}
 * @param retryAfter       the delay asked for when the repository is unavailable
 */
record CmisSettings(
        String url,
        CmisBinding binding,
        Optional<String> repositoryId,
        Optional<String> user,
        Optional<String> password,
        FolderTemplate folders,
        String defaultType,
        List<String> secondaryTypes,
        Map<String, String> typeMapping,
        Map<String, String> propertyMapping,
        Map<DocumentAttribute, String> attributeMapping,
        Duration connectTimeout,
        Duration readTimeout,
        Duration checkTimeout,
        Duration retryAfter) {

    CmisSettings {
        // Spring Boot lower-cases map keys that are not written in brackets ("type-mapping.kontoauszug"), so
        // document types and field codes are matched ignoring case; the CMIS ids (the values) are kept as written.
        typeMapping = lowerCaseKeys(typeMapping);
        propertyMapping = lowerCaseKeys(propertyMapping);
        attributeMapping = Map.copyOf(attributeMapping);
        secondaryTypes = List.copyOf(secondaryTypes);
    }

    /** The CMIS object type for a taxonomy document type. */
    String objectTypeFor(String documentType) {
        return typeMapping.getOrDefault(documentType.toLowerCase(Locale.ROOT), defaultType);
    }

    /** The CMIS property a field is mapped to, if any. */
    Optional<String> propertyFor(String fieldCode) {
        return Optional.ofNullable(propertyMapping.get(fieldCode.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> mapping) {
        Map<String, String> lower = new HashMap<>();
        mapping.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return Map.copyOf(lower);
    }

    @Override
    public String toString() {
        // Never print the password (settings end up in start-up logs and exception messages).
        return "CmisSettings[url=" + url + ", binding=" + binding + ", repositoryId=" + repositoryId.orElse("(first)")
                + ", user=" + user.orElse("(anonymous)") + "]";
    }
}
