package de.kommune.intake.connector.cmis;

import de.kommune.intake.connector.spi.ContentSource;
import de.kommune.intake.connector.spi.DeliveryResult;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.spi.HealthStatus;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.ObjectId;
import org.apache.chemistry.opencmis.client.api.ObjectType;
import org.apache.chemistry.opencmis.client.api.Repository;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.definitions.DocumentTypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Files each document as {@code <folder from template>/<idempotency key>.pdf} with the mapped object type and
 * properties, in one CMIS {@code createDocument} call that streams the PDF.
 *
 * <p>Idempotency: the name carries nothing random, so a redelivery looks the name up first and returns the
 * existing object's id. Deliveries of one key in this JVM take turns, across all connector instances (a static
 * striped lock): the repository's unique-name rule cannot be relied on for that, since the OpenCMIS InMemory
 * server, for one, lets concurrent creates of one name all succeed. A delivery from another process that loses on
 * a repository which does enforce unique names finds the winner's document.
 */
final class CmisConnector implements DmsConnector {

    private static final System.Logger LOG = System.getLogger(CmisConnector.class.getName());
    /** Per idempotency key, across all instances: see the class comment. */
    private static final StripedLocks DOCUMENT_LOCKS = new StripedLocks(64);

    private final CmisSettings settings;
    private final CmisSessions sessions;
    private final CmisProperties properties;
    private final CmisFailures failures;

    CmisConnector(CmisSettings settings) {
        this.settings = settings;
        this.sessions = new CmisSessions(settings);
        this.properties = new CmisProperties(settings);
        this.failures = new CmisFailures(settings.retryAfter());
    }

    @Override
    public DeliveryResult deliver(FiledDocument document) {
        String objectType = settings.objectTypeFor(document.documentType());
        ReentrantLock lock = DOCUMENT_LOCKS.forKey(document.idempotencyKey());
        lock.lock();
        try {
            return new DeliveryResult.Delivered(file(document, objectType));
        } catch (RuntimeException e) {
            DeliveryResult result = failures.classify(e, objectType);
            LOG.log(System.Logger.Level.WARNING, "CMIS delivery of document {0} not done: {1}", document.id(),
                    result);
            return result;
        } finally {
            lock.unlock();
        }
    }

    private String file(FiledDocument document, String objectType) {
        Session session = sessions.session();
        String folderPath = settings.folders().folderFor(document);
        String name = CmisNames.documentName(document.idempotencyKey());
        String documentPath = (folderPath.equals("/") ? "" : folderPath) + "/" + name;
        Optional<String> existing = existingDocument(session, documentPath);
        if (existing.isPresent()) {
            return existing.get();
        }
        ObjectType type = typeOf(session, objectType, BaseTypeId.CMIS_DOCUMENT);
        List<ObjectType> secondaryTypes = new ArrayList<>();
        for (String id : settings.secondaryTypes()) {
            secondaryTypes.add(typeOf(session, id, BaseTypeId.CMIS_SECONDARY));
        }
        Map<String, Object> props = properties.of(document, type, secondaryTypes, name);
        String folderId = CmisFolders.ensure(session, folderPath);
        try {
            ObjectId created = create(session, document.pdf(), name, props, folderId, versioningState(type));
            return isVersionable(type) ? targetId(session.getObject(created, CmisLookups.minimalContext(session)))
                    : created.getId();
        } catch (CmisNameConstraintViolationException | CmisContentAlreadyExistsException raced) {
            // Another process filed the same key between our lookup and our create: its document is ours.
            return existingDocument(session, documentPath).orElseThrow(() -> raced);
        }
    }

    private static ObjectId create(Session session, ContentSource pdf, String name, Map<String, Object> props,
                                   String folderId, VersioningState versioning) {
        RecordingInputStream in;
        try {
            in = new RecordingInputStream(pdf.openStream());
        } catch (IOException e) {
            throw new CmisFailures.ContentReadException("opening the PDF failed (" + e.getClass().getSimpleName()
                    + ")", e);
        }
        try (InputStream closing = in) {
            ContentStream content = session.getObjectFactory().createContentStream(name,
                    pdf.size(), pdf.mediaType(), in);
            return session.createDocument(props, session.createObjectId(folderId), content, versioning);
        } catch (CmisBaseException e) {
            if (in.failure() != null) {
                throw new CmisFailures.ContentReadException("reading the PDF failed ("
                        + in.failure().getClass().getSimpleName() + ")", e);
            }
            throw e;
        } catch (IOException closeFailed) {
            throw new CmisFailures.ContentReadException("closing the PDF failed", closeFailed);
        }
    }

    /** A configured type, which must be of the expected base type (types are cached by the session). */
    private static ObjectType typeOf(Session session, String id, BaseTypeId base) {
        ObjectType type = session.getTypeDefinition(id);
        if (type.getBaseTypeId() != base) {
            throw new CmisConstraintException("configured type is not a " + base.value() + " type");
        }
        return type;
    }

    private static Optional<String> existingDocument(Session session, String path) {
        Optional<CmisObject> found = CmisLookups.byPath(session, path);
        if (found.isPresent() && !(found.get() instanceof Document)) {
            throw new CmisConstraintException("the document path is taken by a "
                    + found.get().getBaseTypeId().value());
        }
        return found.map(o -> targetId((Document) o));
    }

    /** The version series id for versionable documents (stable across versions), else the object id. */
    private static String targetId(CmisObject object) {
        if (object instanceof Document d && d.getVersionSeriesId() != null) {
            return d.getVersionSeriesId();
        }
        return object.getId();
    }

    private static boolean isVersionable(ObjectType type) {
        return type instanceof DocumentTypeDefinition d && Boolean.TRUE.equals(d.isVersionable());
    }

    private static VersioningState versioningState(ObjectType type) {
        return isVersionable(type) ? VersioningState.MAJOR : VersioningState.NONE;
    }

    @Override
    public HealthStatus check() {
        try {
            List<Repository> repositories = sessions.repositories();
            Optional<Repository> repository = settings.repositoryId()
                    .map(id -> repositories.stream().filter(r -> r.getId().equals(id)).findFirst())
                    .orElseGet(() -> repositories.stream().findFirst());
            return repository.map(r -> HealthStatus.up("CMIS repository '" + r.getId() + "' (CMIS "
                            + r.getCmisVersionSupported() + ") at " + settings.url()))
                    .orElseGet(() -> HealthStatus.down("CMIS server at " + settings.url() + " has no repository '"
                            + settings.repositoryId().orElse("(any)") + "'"));
        } catch (RuntimeException e) {
            return HealthStatus.down("CMIS server at " + settings.url() + " not usable: "
                    + (e instanceof CmisBaseException cmis ? cmis.getExceptionName() : e.getClass().getSimpleName()));
        }
    }
}
