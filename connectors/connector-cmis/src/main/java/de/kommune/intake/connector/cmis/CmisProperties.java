package de.kommune.intake.connector.cmis;

import de.kommune.intake.connector.spi.FieldValue;
import de.kommune.intake.connector.spi.FiledDocument;
import org.apache.chemistry.opencmis.client.api.ObjectType;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.enums.Cardinality;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CMIS properties of a new document: name, object type and secondary types, then every mapped field and
 * attribute that the object type or one of the secondary types defines (mappings to properties they lack are
 * skipped: one mapping serves several types). Values are
 * converted to the property's CMIS type; a value that does not convert is a {@link PropertyValueException}, which
 * sends the document to review.
 */
final class CmisProperties {

    private static final ZoneId JOBCENTER_TIME = ZoneId.of("Europe/Berlin");

    private final CmisSettings settings;

    CmisProperties(CmisSettings settings) {
        this.settings = settings;
    }

    /** @param secondaryTypes the definitions of {@link CmisSettings#secondaryTypes()}, in that order */
    Map<String, Object> of(FiledDocument document, ObjectType type, List<ObjectType> secondaryTypes, String name) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(PropertyIds.OBJECT_TYPE_ID, type.getId());
        properties.put(PropertyIds.NAME, name);
        Map<String, PropertyDefinition<?>> defined = new LinkedHashMap<>(type.getPropertyDefinitions());
        if (!secondaryTypes.isEmpty()) {
            properties.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS,
                    secondaryTypes.stream().map(ObjectType::getId).toList());
            secondaryTypes.forEach(t -> t.getPropertyDefinitions().forEach(defined::putIfAbsent));
        }
        for (Map.Entry<String, FieldValue> field : document.fields().entrySet()) {
            String propertyId = settings.propertyFor(field.getKey()).orElse(null);
            if (propertyId != null && defined.containsKey(propertyId)) {
                properties.put(propertyId, convert(field.getValue().value(), defined.get(propertyId),
                        "field '" + field.getKey() + "'"));
            }
        }
        for (Map.Entry<DocumentAttribute, String> mapping : settings.attributeMapping().entrySet()) {
            PropertyDefinition<?> definition = defined.get(mapping.getValue());
            if (definition != null) {
                mapping.getKey().valueOf(document).ifPresent(value -> properties.put(mapping.getValue(),
                        convert(value, definition, "attribute '" + mapping.getKey().key() + "'")));
            }
        }
        return properties;
    }

    private static Object convert(String value, PropertyDefinition<?> definition, String what) {
        Object converted;
        try {
            converted = switch (definition.getPropertyType()) {
                case BOOLEAN -> parseBoolean(value);
                case INTEGER -> new BigInteger(value.trim());
                case DECIMAL -> new BigDecimal(value.trim());
                case DATETIME -> parseDateTime(value.trim());
                default -> value; // STRING, ID, URI, HTML
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            // The message names the field and the property, never the value: it may be personal data.
            throw new PropertyValueException(what + " is not a valid " + definition.getPropertyType().value()
                    + " for CMIS property '" + definition.getId() + "'");
        }
        return definition.getCardinality() == Cardinality.MULTI ? List.of(converted) : converted;
    }

    private static Boolean parseBoolean(String value) {
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new NumberFormatException("not true/false");
        };
    }

    /** Dates ({@code YYYY-MM-DD}, the taxonomy's form) become midnight German time; full timestamps keep their offset. */
    private static GregorianCalendar parseDateTime(String value) {
        ZonedDateTime time = value.length() == 10
                ? LocalDate.parse(value).atStartOfDay(JOBCENTER_TIME)
                : OffsetDateTime.parse(value).toZonedDateTime();
        return GregorianCalendar.from(time);
    }

    /** A mapped value does not fit its CMIS property: a person has to look at the document. */
    static final class PropertyValueException extends RuntimeException {
        PropertyValueException(String message) {
            super(message);
        }
    }
}
