package de.kommune.intake.connector.http;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.DmsConnectorProvider;
import de.kommune.intake.connector.spi.InvalidSettingsException;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Built-in connector {@code http}: POSTs each document as {@code multipart/form-data} (index record JSON, PDF,
 * optionally the original) to a configured URL. Settings (durations in ISO-8601, e.g. {@code PT30S}):
 *
 * <ul>
 *   <li>{@code url} (required, http or https), {@code state-dir} (required: the delivered-keys store)</li>
 *   <li>{@code auth-header} with {@code auth-value} or {@code auth-value-env} (the name of an environment variable
 *       holding the value, so secrets stay out of configuration files)</li>
 *   <li>{@code id-from} {@code json} (default) with {@code id-field} (default {@code id}; {@code a.b} for nested),
 *       or {@code location}</li>
 *   <li>{@code connect-timeout} (PT5S), {@code request-timeout} (PT5M), {@code retry-delay} (PT30S),
 *       {@code max-retry-after} (PT1H)</li>
 *   <li>{@code health-url} (default {@code url}), {@code health-method} HEAD (default) or GET,
 *       {@code health-timeout} (PT3S)</li>
 *   <li>{@code send-original} (false), {@code metadata-part} (metadata), {@code pdf-part} (file),
 *       {@code original-part} (original)</li>
 * </ul>
 */
public final class HttpConnectorProvider implements DmsConnectorProvider {

    public static final String ID = "http";

    private static final Set<String> KNOWN_KEYS = Set.of("url", "state-dir", "auth-header", "auth-value",
            "auth-value-env", "id-from", "id-field", "connect-timeout", "request-timeout", "retry-delay",
            "max-retry-after", "health-url", "health-method", "health-timeout", "send-original", "metadata-part",
            "pdf-part", "original-part");

    private final Function<String, String> environment;

    public HttpConnectorProvider() {
        this(System::getenv);
    }

    /** For tests: an environment other than the process's. */
    HttpConnectorProvider(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DmsConnector create(ConnectorSettings settings) throws InvalidSettingsException {
        return new HttpConnector(parse(settings));
    }

    HttpSettings parse(ConnectorSettings s) throws InvalidSettingsException {
        List<String> problems = new ArrayList<>();
        for (String key : s.keys()) {
            if (!KNOWN_KEYS.contains(key)) {
                problems.add("unknown setting '" + key + "' (known: " + String.join(", ", new TreeSet<>(KNOWN_KEYS)) + ")");
            }
        }
        URI url = httpUri(s, "url", null, problems);
        URI healthUrl = httpUri(s, "health-url", url, problems);
        Path stateDir = null;
        String state = s.get("state-dir", "").trim();
        if (state.isEmpty()) {
            problems.add("'state-dir' is required (a local folder where the connector remembers delivered documents)");
        } else {
            try {
                stateDir = Path.of(state);
            } catch (InvalidPathException e) {
                problems.add("'state-dir' is not a valid path: " + e.getMessage());
            }
        }
        HttpSettings.AuthHeader auth = auth(s, problems);
        String idFrom = s.get("id-from", "json").trim().toLowerCase(Locale.ROOT);
        if (!idFrom.equals("json") && !idFrom.equals("location")) {
            problems.add("'id-from' must be json or location, was '" + idFrom + "'");
        }
        String idField = s.get("id-field", "id").trim();
        if (!idField.matches("[^.\\s]+(\\.[^.\\s]+)*")) {
            problems.add("'id-field' must be a field name, or names joined by dots, was '" + idField + "'");
        }
        if (idFrom.equals("location") && s.get("id-field").isPresent()) {
            problems.add("'id-field' only applies to id-from: json");
        }
        String healthMethod = s.get("health-method", "HEAD").trim().toUpperCase(Locale.ROOT);
        if (!healthMethod.equals("HEAD") && !healthMethod.equals("GET")) {
            problems.add("'health-method' must be HEAD or GET, was '" + healthMethod + "'");
        }
        String sendOriginal = s.get("send-original", "false").trim();
        if (!sendOriginal.equals("true") && !sendOriginal.equals("false")) {
            problems.add("'send-original' must be true or false, was '" + sendOriginal + "'");
        }
        HttpSettings.PartNames parts = new HttpSettings.PartNames(partName(s, "metadata-part", "metadata", problems),
                partName(s, "pdf-part", "file", problems), partName(s, "original-part", "original", problems));
        Duration connectTimeout = duration(s, "connect-timeout", Duration.ofSeconds(5), problems);
        Duration requestTimeout = duration(s, "request-timeout", Duration.ofMinutes(5), problems);
        Duration retryDelay = duration(s, "retry-delay", Duration.ofSeconds(30), problems);
        Duration maxRetryAfter = duration(s, "max-retry-after", Duration.ofHours(1), problems);
        Duration healthTimeout = duration(s, "health-timeout", Duration.ofSeconds(3), problems);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(s.targetName(), problems);
        }
        return new HttpSettings(url, auth, connectTimeout, requestTimeout, idFrom.equals("location"), idField,
                healthUrl, healthMethod, healthTimeout, stateDir, Boolean.parseBoolean(sendOriginal), parts,
                retryDelay, maxRetryAfter);
    }

    private static URI httpUri(ConnectorSettings s, String key, URI fallback, List<String> problems) {
        String value = s.get(key, "").trim();
        if (value.isEmpty()) {
            if (fallback == null && key.equals("url")) {
                problems.add("'url' is required (where documents are POSTed, e.g. https://dms.example.local/api/documents)");
            }
            return fallback;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                problems.add("'" + key + "' must be an absolute http or https URL, was '" + value + "'");
                return null;
            }
            if (uri.getUserInfo() != null) {
                problems.add("'" + key + "' must not carry credentials; use auth-header with auth-value-env");
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            problems.add("'" + key + "' is not a valid URL: " + e.getReason());
            return null;
        }
    }

    private HttpSettings.AuthHeader auth(ConnectorSettings s, List<String> problems) {
        String name = s.get("auth-header", "").trim();
        var value = s.get("auth-value");
        var env = s.get("auth-value-env").map(String::trim);
        if (name.isEmpty()) {
            if (value.isPresent() || env.isPresent()) {
                problems.add("'auth-value' and 'auth-value-env' need 'auth-header' (e.g. Authorization)");
            }
            return null;
        }
        if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
            problems.add("'auth-header' is not a valid header name: '" + name + "'");
        }
        if (value.isPresent() == env.isPresent()) {
            problems.add("'auth-header' needs exactly one of 'auth-value' or 'auth-value-env'");
            return null;
        }
        String resolved = value.orElse(null);
        if (env.isPresent()) {
            resolved = environment.apply(env.get());
            if (resolved == null || resolved.isBlank()) {
                // The variable's name only, never a value.
                problems.add("environment variable '" + env.get() + "' named by 'auth-value-env' is not set");
                return null;
            }
        }
        if (resolved.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            problems.add("the value for '" + name + "' contains control characters");
            return null;
        }
        return new HttpSettings.AuthHeader(name, resolved.trim());
    }

    private static String partName(ConnectorSettings s, String key, String dflt, List<String> problems) {
        String value = s.get(key, dflt).trim();
        if (value.isEmpty() || value.chars().anyMatch(c -> c < 0x20 || c == '"')) {
            problems.add("'" + key + "' must be a non-empty form field name without quotes, was '" + value + "'");
        }
        return value;
    }

    private static Duration duration(ConnectorSettings s, String key, Duration dflt, List<String> problems) {
        try {
            Duration d = s.duration(key, dflt);
            if (d.isNegative() || d.isZero()) {
                problems.add("'" + key + "' must be positive, was " + d);
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add("'" + key + "' must be an ISO-8601 duration such as PT30S, was '" + s.get(key).orElse("") + "'");
            return dflt;
        }
    }
}
