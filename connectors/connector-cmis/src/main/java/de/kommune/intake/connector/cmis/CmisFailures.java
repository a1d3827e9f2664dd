package de.kommune.intake.connector.cmis;

import de.kommune.intake.connector.spi.DeliveryResult;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConnectionException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisProxyAuthenticationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisRuntimeException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisStorageException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisUnauthorizedException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisUpdateConflictException;

import java.time.Duration;

/**
 * Maps what went wrong to a delivery outcome. Unreachable, overloaded or failing servers (connection refused,
 * timeouts, HTTP 5xx), bad credentials and anything that stops the session from opening are transient for the
 * pipeline: retry, and let an administrator fix the server or the account meanwhile. What the repository refuses for this document (constraints, permissions,
 * invalid arguments, unknown types) goes to review. Reasons name the CMIS error kind, never the server's message,
 * which may quote property values.
 */
final class CmisFailures {

    private final Duration retryAfter;

    CmisFailures(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    DeliveryResult classify(RuntimeException e, String objectType) {
        if (e instanceof ContentReadException) {
            return new DeliveryResult.RetryLater("the document's content could not be read: " + e.getMessage(),
                    retryAfter);
        }
        if (e instanceof CmisSessions.SessionUnavailableException session) {
            RuntimeException cause = session.reason();
            if (cause instanceof CmisUnauthorizedException || cause instanceof CmisProxyAuthenticationException) {
                return credentialsRefused();
            }
            if (cause instanceof CmisConnectionException) {
                return new DeliveryResult.RetryLater("CMIS server not reachable (" + rootCause(cause) + ")",
                        retryAfter);
            }
            return new DeliveryResult.RetryLater("CMIS session could not be opened (" + kind(cause) + ")",
                    retryAfter);
        }
        if (e instanceof CmisProperties.PropertyValueException) {
            return new DeliveryResult.Rejected(e.getMessage());
        }
        if (e instanceof CmisUnauthorizedException || e instanceof CmisProxyAuthenticationException) {
            return credentialsRefused();
        }
        if (e instanceof CmisConnectionException) {
            return new DeliveryResult.RetryLater("CMIS server not reachable (" + rootCause(e) + ")", retryAfter);
        }
        if (e instanceof CmisRuntimeException || e instanceof CmisStorageException
                || e instanceof CmisUpdateConflictException) {
            // CmisRuntimeException covers HTTP 500, 503 (service unavailable) and 429 (too many requests).
            return new DeliveryResult.RetryLater("CMIS server error (" + ((CmisBaseException) e).getExceptionName()
                    + ")", retryAfter);
        }
        if (e instanceof CmisPermissionDeniedException) {
            return new DeliveryResult.Rejected("the CMIS repository denied permission to file an object of type '"
                    + objectType + "'");
        }
        if (e instanceof CmisBaseException cmis) {
            return new DeliveryResult.Rejected("the CMIS repository refused the document (" + cmis.getExceptionName()
                    + ") for object type '" + objectType + "'");
        }
        return new DeliveryResult.RetryLater("unexpected " + e.getClass().getSimpleName()
                + " while filing into the CMIS repository", retryAfter);
    }

    private DeliveryResult credentialsRefused() {
        return new DeliveryResult.RetryLater("the CMIS server refused the credentials (check user/password)",
                retryAfter.multipliedBy(5));
    }

    private static String kind(RuntimeException e) {
        return e instanceof CmisBaseException cmis ? cmis.getExceptionName() : e.getClass().getSimpleName();
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? "connection failed" : t.getClass().getSimpleName();
    }

    /** The content source failed while the connector read it (a lost content-store mount), not the server. */
    static final class ContentReadException extends RuntimeException {
        ContentReadException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
