package de.kommune.intake.connector.cmis;

import de.kommune.intake.connector.spi.ConnectorSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** Reads {@link ConnectorSettings} into {@link CmisSettings}, collecting every problem instead of stopping at the first. */
final class CmisSettingsParser {

    static final String TYPE_MAPPING = "type-mapping.";
    static final String PROPERTY_MAPPING = "property-mapping.";
    static final String ATTRIBUTE_MAPPING = "attribute-mapping.";

    private static final Set<String> KEYS = Set.of("url", "binding", "repository-id", "user", "password",
            "password-env", "folder-template", "no-case-folder", "default-type", "secondary-types", "connect-timeout", "read-timeout",
            "check-timeout", "retry-after");

    /** OpenCMIS's AtomPub binding casts to this class; the Browser binding needs no XML parser. */
    static final String WOODSTOX_CLASS = "com.ctc.wstx.stax.WstxInputFactory";

    private final Function<String, String> environment;
    private final Predicate<String> classPresent;

    /**
     * @param environment  looks up environment variables ({@code System::getenv} in production)
     * @param classPresent whether a class can be loaded (tests pretend that Woodstox is missing)
     */
    CmisSettingsParser(Function<String, String> environment, Predicate<String> classPresent) {
        this.environment = environment;
        this.classPresent = classPresent;
    }

    static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, CmisSettingsParser.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The settings, or empty with the problems added to {@code problems}. */
    Optional<CmisSettings> parse(ConnectorSettings settings, List<String> problems) {
        int before = problems.size();
        String url = settings.get("url", "").trim();
        if (url.isEmpty()) {
            problems.add("'url' is required (the CMIS Browser binding or AtomPub URL, e.g. "
                    + "https://dms.example.local/cmis/browser)");
        } else if (!isHttpUrl(url)) {
            problems.add("'url' must be an http or https URL, was '" + url + "'");
        }
        String bindingValue = settings.get("binding", "browser");
        Optional<CmisBinding> binding = CmisBinding.parse(bindingValue);
        if (binding.isEmpty()) {
            problems.add("'binding' must be browser or atompub, was '" + bindingValue + "'");
        } else if (binding.get() == CmisBinding.ATOMPUB && !classPresent.test(WOODSTOX_CLASS)) {
            problems.add("'binding: atompub' needs com.fasterxml.woodstox:woodstox-core (7.x) on the class path,"
                    + " next to this connector; or use binding: browser");
        }
        Optional<String> password = password(settings, problems);
        Optional<FolderTemplate> folders = FolderTemplate.parse(
                settings.get("folder-template", "/Jobcenter/{caseKey}/{documentType}"),
                settings.get("no-case-folder", "ohne-Akte"), problems);
        String defaultType = settings.get("default-type", "cmis:document").trim();
        if (defaultType.isEmpty()) {
            problems.add("'default-type' must not be empty");
        }
        List<String> secondaryTypes = java.util.Arrays.stream(settings.get("secondary-types", "").split(","))
                .map(String::trim).filter(t -> !t.isEmpty()).toList();
        Duration connect = positiveDuration(settings, "connect-timeout", Duration.ofSeconds(10), problems);
        Duration read = positiveDuration(settings, "read-timeout", Duration.ofMinutes(2), problems);
        Duration check = positiveDuration(settings, "check-timeout", Duration.ofSeconds(2), problems);
        Duration retry = positiveDuration(settings, "retry-after", Duration.ofMinutes(1), problems);

        Map<String, String> types = new HashMap<>();
        Map<String, String> properties = new HashMap<>();
        Map<DocumentAttribute, String> attributes = new EnumMap<>(DocumentAttribute.class);
        for (String key : settings.keys()) {
            String value = settings.get(key).orElse("").trim();
            if (key.startsWith(TYPE_MAPPING)) {
                putMapping(types, key, key.substring(TYPE_MAPPING.length()), value, problems);
            } else if (key.startsWith(PROPERTY_MAPPING)) {
                putMapping(properties, key, key.substring(PROPERTY_MAPPING.length()), value, problems);
            } else if (key.startsWith(ATTRIBUTE_MAPPING)) {
                String name = key.substring(ATTRIBUTE_MAPPING.length());
                Optional<DocumentAttribute> attribute = DocumentAttribute.byKey(name);
                if (attribute.isEmpty()) {
                    problems.add("'" + key + "': unknown document attribute '" + name + "' (known: "
                            + String.join(", ", java.util.Arrays.stream(DocumentAttribute.values())
                            .map(DocumentAttribute::key).toList()) + ")");
                } else if (value.isEmpty()) {
                    problems.add("'" + key + "' must name a CMIS property id");
                } else {
                    attributes.put(attribute.get(), value);
                }
            } else if (!KEYS.contains(key)) {
                problems.add("unknown setting '" + key + "' (known: " + String.join(", ", KEYS.stream().sorted().toList())
                        + ", " + TYPE_MAPPING + "<DOCUMENT_TYPE>, " + PROPERTY_MAPPING + "<fieldCode>, "
                        + ATTRIBUTE_MAPPING + "<attribute>)");
            }
        }
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new CmisSettings(url, binding.orElseThrow(), nonBlank(settings, "repository-id"),
                nonBlank(settings, "user"), password, folders.orElseThrow(), defaultType, secondaryTypes, types, properties, attributes,
                connect, read, check, retry));
    }

    private Optional<String> password(ConnectorSettings settings, List<String> problems) {
        Optional<String> direct = settings.get("password");
        Optional<String> variable = nonBlank(settings, "password-env");
        if (direct.isPresent() && variable.isPresent()) {
            problems.add("set either 'password' or 'password-env', not both");
            return Optional.empty();
        }
        if (variable.isPresent()) {
            String value = environment.apply(variable.get());
            if (value == null) {
                problems.add("'password-env' names the environment variable '" + variable.get()
                        + "', which is not set");
            }
            return Optional.ofNullable(value);
        }
        return direct;
    }

    private static void putMapping(Map<String, String> into, String key, String from, String to,
                                   List<String> problems) {
        if (from.isEmpty()) {
            problems.add("'" + key + "' needs a name after the dot");
        } else if (to.isEmpty()) {
            problems.add("'" + key + "' must name a CMIS id");
        } else {
            into.put(from, to);
        }
    }

    private static Optional<String> nonBlank(ConnectorSettings settings, String key) {
        return settings.get(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static Duration positiveDuration(ConnectorSettings settings, String key, Duration defaultValue,
                                             List<String> problems) {
        try {
            Duration d = settings.duration(key, defaultValue);
            if (d.isNegative() || d.isZero()) {
                problems.add("'" + key + "' must be positive, was " + d);
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add("'" + key + "' must be an ISO-8601 duration such as PT30S, was '"
                    + settings.get(key).orElse("") + "'");
            return defaultValue;
        }
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
