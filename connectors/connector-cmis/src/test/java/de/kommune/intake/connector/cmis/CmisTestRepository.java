package de.kommune.intake.connector.cmis;

import de.kommune.intake.connector.tck.StoredDocument;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ItemIterable;
import org.apache.chemistry.opencmis.client.api.ObjectType;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.QueryStatement;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.Cardinality;
import org.apache.chemistry.opencmis.commons.enums.ContentStreamAllowed;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.enums.Updatability;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AbstractPropertyDefinition;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.DocumentTypeDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyBooleanDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDateTimeDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDecimalDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.SecondaryTypeDefinitionImpl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tests' own view of the InMemory repository through the OpenCMIS client, independent of the connector: it
 * defines the object types a municipal DMS administrator would, and finds filed documents by query.
 */
final class CmisTestRepository {

    /** Default type of the tests: every attribute and the fields of the kit's sample documents. */
    static final String DOKUMENT = "intake:dokument";
    /** A Kontoauszug type with bank fields and a BG number property limited to 14 characters. */
    static final String KONTOAUSZUG = "intake:kontoauszug";

    /** A secondary type, as a DMS attaches a file reference ("Aktenzeichen") to documents of any type. */
    static final String LEISTUNGSAKTE = "intake:leistungsakte";

    static final String DOCUMENT_ID = "intake:documentId";

    private final Session session;

    CmisTestRepository(String browserUrl) {
        // OpenCMIS adds its own entries to the map: it must be mutable.
        Map<String, String> parameters = new HashMap<>();
        parameters.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        parameters.put(SessionParameter.BROWSER_URL, browserUrl);
        parameters.put(SessionParameter.REPOSITORY_ID, InMemoryCmisServer.REPOSITORY_ID);
        parameters.put(SessionParameter.USER, InMemoryCmisServer.USER);
        session = SessionFactoryImpl.newInstance().createSession(parameters);
        session.getDefaultContext().setCacheEnabled(false);
    }

    Session session() {
        return session;
    }

    /** Creates the tests' object types once per server. */
    void defineTypes() {
        define(DOKUMENT, BaseTypeId.CMIS_DOCUMENT.value(), "Posteingang (Test)", List.of(
                string(DOCUMENT_ID, null), string("intake:documentType", null), string("intake:caseKey", null),
                string("intake:sourceFileName", null), dateTime("intake:receivedAt"), bool("intake:reviewRequired"),
                string("intake:tenantName", null), string("intake:propertyAddress", null),
                string("intake:landlordName", null), decimal("intake:baseRent"), string("intake:iban", null),
                string("intake:accountHolder", null)));
        define(KONTOAUSZUG, DOKUMENT, "Kontoauszug (Test)", List.of(
                decimal("intake:closingBalance"), dateTime("intake:periodFrom"), string("intake:bgNumber", 14)));
        defineSecondary(LEISTUNGSAKTE, List.of(string("intake:aktenzeichen", null)));
    }

    /** Every document whose {@code intake:documentId} is {@code documentId}, in any folder, of either test type. */
    List<StoredDocument> findByDocumentId(String documentId) {
        List<StoredDocument> found = new ArrayList<>();
        // A query on the parent type also finds documents of its subtypes (includedInSupertypeQuery).
        QueryStatement query = session.createQueryStatement("SELECT cmis:objectId FROM ? WHERE ? = ?");
        query.setType(1, DOKUMENT);
        query.setProperty(2, DOKUMENT, DOCUMENT_ID);
        query.setString(3, documentId);
        ItemIterable<QueryResult> results = query.query(false);
        for (QueryResult result : results) {
            String id = result.getPropertyValueById(PropertyIds.OBJECT_ID);
            found.add(stored(document(id)));
        }
        return found;
    }

    Document document(String objectId) {
        return (Document) session.getObject(objectId, fullContext());
    }

    Optional<CmisObject> byPath(String path) {
        try {
            return Optional.of(session.getObjectByPath(path, fullContext()));
        } catch (CmisObjectNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The documents directly in the folder at {@code path}. */
    List<Document> documentsIn(String path) {
        Folder folder = (Folder) session.getObjectByPath(path, fullContext());
        List<Document> documents = new ArrayList<>();
        for (CmisObject child : folder.getChildren(fullContext())) {
            if (child instanceof Document d) {
                documents.add(d);
            }
        }
        return documents;
    }

    /** The names of the sub-folders of {@code path}. */
    List<String> folderNamesIn(String path) {
        Folder folder = (Folder) session.getObjectByPath(path, fullContext());
        List<String> names = new ArrayList<>();
        for (CmisObject child : folder.getChildren(fullContext())) {
            if (child instanceof Folder f) {
                names.add(f.getName());
            }
        }
        return names;
    }

    StoredDocument stored(Document doc) {
        String metadata = doc.getProperties().stream()
                .map(p -> p.getId() + "=" + p.getValuesAsString())
                .collect(Collectors.joining("\n"));
        String path = doc.getPaths().isEmpty() ? doc.getId() : doc.getPaths().get(0);
        return new StoredDocument(path, () -> session.getContentStream(doc).getStream(), metadata);
    }

    private OperationContext fullContext() {
        OperationContext context = session.createOperationContext();
        context.setCacheEnabled(false);
        context.setFilterString("*");
        return context;
    }

    private void define(String id, String parentId, String displayName, List<AbstractPropertyDefinition<?>> properties) {
        try {
            session.getTypeDefinition(id, false);
            return;
        } catch (CmisObjectNotFoundException notYet) {
            // create it below
        }
        DocumentTypeDefinitionImpl type = new DocumentTypeDefinitionImpl();
        type.setId(id);
        type.setLocalName(id.substring(id.indexOf(':') + 1));
        type.setLocalNamespace("urn:intake:test");
        type.setQueryName(id);
        type.setDisplayName(displayName);
        type.setDescription(displayName);
        type.setBaseTypeId(BaseTypeId.CMIS_DOCUMENT);
        type.setParentTypeId(parentId);
        type.setIsCreatable(true);
        type.setIsFileable(true);
        type.setIsQueryable(true);
        type.setIsIncludedInSupertypeQuery(true);
        type.setIsFulltextIndexed(false);
        type.setIsControllableAcl(false);
        type.setIsControllablePolicy(false);
        type.setIsVersionable(false);
        type.setContentStreamAllowed(ContentStreamAllowed.REQUIRED);
        properties.forEach(type::addPropertyDefinition);
        ObjectType created = session.createType(type);
        Map<String, PropertyDefinition<?>> defined = created.getPropertyDefinitions();
        for (AbstractPropertyDefinition<?> p : properties) {
            if (!defined.containsKey(p.getId())) {
                throw new IllegalStateException("the server renamed property " + p.getId() + ": " + defined.keySet());
            }
        }
    }

    private void defineSecondary(String id, List<AbstractPropertyDefinition<?>> properties) {
        try {
            session.getTypeDefinition(id, false);
            return;
        } catch (CmisObjectNotFoundException notYet) {
            // create it below
        }
        SecondaryTypeDefinitionImpl type = new SecondaryTypeDefinitionImpl();
        type.setId(id);
        type.setLocalName(id.substring(id.indexOf(':') + 1));
        type.setLocalNamespace("urn:intake:test");
        type.setQueryName(id);
        type.setDisplayName(id);
        type.setDescription(id);
        type.setBaseTypeId(BaseTypeId.CMIS_SECONDARY);
        type.setParentTypeId(BaseTypeId.CMIS_SECONDARY.value());
        type.setIsCreatable(false);
        type.setIsFileable(false);
        type.setIsQueryable(true);
        type.setIsIncludedInSupertypeQuery(true);
        type.setIsFulltextIndexed(false);
        type.setIsControllableAcl(false);
        type.setIsControllablePolicy(false);
        properties.forEach(type::addPropertyDefinition);
        session.createType(type);
    }

    private static PropertyStringDefinitionImpl string(String id, Integer maxLength) {
        PropertyStringDefinitionImpl p = describe(new PropertyStringDefinitionImpl(), id, PropertyType.STRING);
        if (maxLength != null) {
            p.setMaxLength(BigInteger.valueOf(maxLength));
        }
        return p;
    }

    private static PropertyDecimalDefinitionImpl decimal(String id) {
        return describe(new PropertyDecimalDefinitionImpl(), id, PropertyType.DECIMAL);
    }

    private static PropertyDateTimeDefinitionImpl dateTime(String id) {
        return describe(new PropertyDateTimeDefinitionImpl(), id, PropertyType.DATETIME);
    }

    private static PropertyBooleanDefinitionImpl bool(String id) {
        return describe(new PropertyBooleanDefinitionImpl(), id, PropertyType.BOOLEAN);
    }

    private static <P extends AbstractPropertyDefinition<?>> P describe(P p, String id, PropertyType type) {
        p.setId(id);
        p.setLocalName(id.substring(id.indexOf(':') + 1));
        p.setLocalNamespace("urn:intake:test");
        p.setQueryName(id);
        p.setDisplayName(id);
        p.setDescription(id);
        p.setPropertyType(type);
        p.setCardinality(Cardinality.SINGLE);
        p.setUpdatability(Updatability.READWRITE);
        p.setIsInherited(false);
        p.setIsQueryable(true);
        p.setIsOrderable(true);
        p.setIsRequired(false);
        p.setIsOpenChoice(false);
        return p;
    }

    /** The property values of a document, for assertions. */
    static Map<String, Object> values(Document doc) {
        return doc.getProperties().stream().filter(p -> p.getFirstValue() != null)
                .collect(Collectors.toMap(PropertyData::getId, PropertyData::getFirstValue));
    }
}
