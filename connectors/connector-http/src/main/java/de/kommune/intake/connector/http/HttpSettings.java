package de.kommune.intake.connector.http;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The validated settings of one {@code http} target.
 *
 * @param url            where documents are POSTed
 * @param auth           the authentication header, or {@code null}
 * @param connectTimeout TCP/TLS connect timeout
 * @param requestTimeout the whole upload and response
 * @param idFromLocation take the DMS id from the {@code Location} header instead of the JSON body
 * @param idField        JSON field (dots walk into objects) holding the DMS id
 * @param healthUrl      what {@code check()} asks
 * @param healthMethod   {@code HEAD} or {@code GET}
 * @param healthTimeout  how long {@code check()} waits
 * @param stateDir       where delivered keys are remembered
 * @param sendOriginal   also send the input as received
 * @param parts          the form field names of the parts
 * @param retryDelay     the delay when the target names none (connection errors, 5xx without Retry-After)
 * @param maxRetryAfter  the longest Retry-After the connector honours
 */
record HttpSettings(URI url, AuthHeader auth, Duration connectTimeout, Duration requestTimeout,
                    boolean idFromLocation, String idField, URI healthUrl, String healthMethod,
                    Duration healthTimeout, Path stateDir, boolean sendOriginal, PartNames parts,
                    Duration retryDelay, Duration maxRetryAfter) {

    /** A header such as {@code Authorization: Bearer ...}; {@link #toString()} never shows the value. */
    record AuthHeader(String name, String value) {
        @Override
        public String toString() {
            return "AuthHeader[" + name + ": ***]";
        }
    }

    /** Form field names: the index record JSON, the PDF and the original. */
    record PartNames(String metadata, String pdf, String original) {
    }
}
