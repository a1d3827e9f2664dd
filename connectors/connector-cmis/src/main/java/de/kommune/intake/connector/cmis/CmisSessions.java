package de.kommune.intake.connector.cmis;

import org.apache.chemistry.opencmis.client.api.Repository;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.api.SessionFactory;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens the OpenCMIS session lazily and keeps it: a session is thread-safe, and opening one costs a round trip
 * (the repository info). Nothing is opened in the constructor, so the pipeline starts while the DMS is down.
 */
final class CmisSessions {

    private static final System.Logger LOG = System.getLogger(CmisSessions.class.getName());

    private final CmisSettings settings;
    private final SessionFactory factory = SessionFactoryImpl.newInstance();
    private volatile Session session;

    CmisSessions(CmisSettings settings) {
        this.settings = settings;
    }

    /** The shared session, opened on first use; {@link SessionUnavailableException} when that fails. */
    Session session() {
        Session s = session;
        if (s == null) {
            synchronized (this) {
                s = session;
                if (s == null) {
                    try {
                        s = open(parameters(settings.connectTimeout(), settings.readTimeout()));
                    } catch (RuntimeException e) {
                        throw new SessionUnavailableException(e);
                    }
                    // Lookups must see the repository as it is now, not a cached copy.
                    s.getDefaultContext().setCacheEnabled(false);
                    LOG.log(System.Logger.Level.INFO, "CMIS session opened: repository {0} at {1}",
                            s.getRepositoryInfo().getId(), settings.url());
                    session = s;
                }
            }
        }
        return s;
    }

    /** The repositories the server lists, asked with the short check timeouts and without touching the session. */
    List<Repository> repositories() {
        return factory.getRepositories(parameters(settings.checkTimeout(), settings.checkTimeout()));
    }

    private Session open(Map<String, String> parameters) {
        if (settings.repositoryId().isPresent()) {
            return factory.createSession(parameters);
        }
        List<Repository> repositories = factory.getRepositories(parameters);
        if (repositories.isEmpty()) {
            throw new CmisObjectNotFoundException("the CMIS server lists no repository");
        }
        return repositories.get(0).createSession();
    }

    private Map<String, String> parameters(Duration connectTimeout, Duration readTimeout) {
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.BINDING_TYPE, settings.binding().type().value());
        p.put(settings.binding().urlParameter(), settings.url());
        settings.repositoryId().ifPresent(id -> p.put(SessionParameter.REPOSITORY_ID, id));
        settings.user().ifPresent(u -> p.put(SessionParameter.USER, u));
        settings.password().ifPresent(pw -> p.put(SessionParameter.PASSWORD, pw));
        p.put(SessionParameter.CONNECT_TIMEOUT, Long.toString(connectTimeout.toMillis()));
        p.put(SessionParameter.READ_TIMEOUT, Long.toString(readTimeout.toMillis()));
        return p;
    }

    /**
     * Opening the session failed: whatever the server said (401, 403, 500, an unknown repository), it is about the
     * connection or the service account, not about a document, so no document should go to review for it.
     */
    static final class SessionUnavailableException extends RuntimeException {
        SessionUnavailableException(RuntimeException cause) {
            super(cause);
        }

        RuntimeException reason() {
            return (RuntimeException) getCause();
        }
    }
}
