package de.kommune.intake.connector.filesystem;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import de.kommune.intake.connector.spi.ConnectorSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the {@link IndexFormat} from the settings {@code index-format}, {@code index-extension}, {@code template},
 * {@code template-escaping}, {@code index-charset} and {@code csv-delimiter}, adding every problem found to a list
 * instead of stopping at the first.
 */
final class IndexFormats {

    static final Set<String> KEYS = Set.of("index-format", "index-extension", "template", "template-escaping",
            "index-charset", "csv-delimiter");
    static final String CLASSPATH_PREFIX = "classpath:";

    /** Names the connector itself writes next to the index file; an index must not overwrite them. */
    private static final Set<String> RESERVED_EXTENSIONS = Set.of("pdf", "txt", "original", "part");

    private IndexFormats() {
    }

    /** The format, or {@code null} when {@code problems} got at least one entry. */
    static IndexFormat fromSettings(ConnectorSettings settings, List<String> problems) {
        int before = problems.size();
        String format = settings.get("index-format", "json").trim().toLowerCase(Locale.ROOT);
        Optional<String> extension = settings.get("index-extension").map(String::trim);
        Optional<String> template = settings.get("template").map(String::trim).filter(s -> !s.isEmpty());
        if (!format.equals("template")) {
            for (String key : List.of("template", "template-escaping", "index-charset")) {
                if (settings.get(key).isPresent()) {
                    problems.add("'" + key + "' only applies to index-format: template (index-format is '" + format + "')");
                }
            }
        }
        if (!format.equals("csv") && settings.get("csv-delimiter").isPresent()) {
            problems.add("'csv-delimiter' only applies to index-format: csv");
        }
        IndexFormat result = switch (format) {
            case "json" -> {
                if (extension.isPresent() && !extension.get().equals("json")) {
                    problems.add("index-format json always writes <id>.json (the batch contract); remove 'index-extension'");
                }
                yield new JsonIndexFormat();
            }
            case "xml" -> new XmlIndexFormat(checkedExtension(extension.orElse("xml"), problems));
            case "csv" -> new CsvIndexFormat(checkedExtension(extension.orElse("csv"), problems),
                    delimiter(settings.get("csv-delimiter", ","), problems));
            case "template" -> template(settings, template, extension, problems);
            default -> {
                problems.add("'index-format' must be json, xml, csv or template, was '" + format + "'");
                yield null;
            }
        };
        return problems.size() == before ? result : null;
    }

    private static IndexFormat template(ConnectorSettings settings, Optional<String> spec, Optional<String> extension,
                                        List<String> problems) {
        Charset charset = charset(settings.get("index-charset", "UTF-8"), problems);
        if (spec.isEmpty()) {
            problems.add("'template' is required with index-format: template (a file path or classpath:<name>,"
                    + " e.g. classpath:intake-templates/d3-hostimport.jpl.mustache)");
            return null;
        }
        String ext = checkedExtension(extension.orElseGet(() -> extensionOf(spec.get())), problems);
        TemplateEscaping escaping = escaping(settings.get("template-escaping"), ext, problems);
        String text = templateText(spec.get(), problems);
        if (text == null || escaping == null || ext == null) {
            return null;
        }
        Template compiled = compile(text, escaping, spec.get(), problems);
        return compiled == null ? null : new TemplateIndexFormat(compiled, ext, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    /**
     * Compiles and renders the template once against a model in which every name and every field exists, so a
     * template that does not parse or names something the model lacks fails here, at start-up.
     */
    private static Template compile(String text, TemplateEscaping escaping, String spec, List<String> problems) {
        try {
            Template template = Mustache.compiler().withEscaper(escaping.escaper()).nullValue("").compile(text);
            template.execute(TemplateModel.sample(), new StringWriter());
            return template;
        } catch (MustacheException e) {
            problems.add("template '" + spec + "' cannot be used: " + e.getMessage());
            return null;
        }
    }

    private static String templateText(String spec, List<String> problems) {
        if (spec.startsWith(CLASSPATH_PREFIX)) {
            String name = spec.substring(CLASSPATH_PREFIX.length()).replaceFirst("^/+", "");
            try (InputStream in = IndexFormats.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    problems.add("template '" + spec + "' not found on the classpath");
                    return null;
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add("template '" + spec + "' cannot be read: " + e.getMessage());
                return null;
            }
        }
        try {
            Path path = Path.of(spec);
            if (!Files.isRegularFile(path)) {
                problems.add("template file '" + spec + "' does not exist or is not a file");
                return null;
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (InvalidPathException | IOException e) {
            problems.add("template file '" + spec + "' cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return null;
        }
    }

    /** {@code d3-hostimport.jpl.mustache} → {@code jpl}; {@code index.xml} → {@code xml}. */
    static String extensionOf(String spec) {
        String name = spec.substring(Math.max(spec.lastIndexOf('/'), spec.lastIndexOf('\\')) + 1);
        if (name.endsWith(".mustache")) {
            name = name.substring(0, name.length() - ".mustache".length());
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static String checkedExtension(String extension, List<String> problems) {
        if (!extension.matches("[A-Za-z0-9]{1,16}")) {
            problems.add("'index-extension' must be 1 to 16 letters or digits, was '" + extension + "'"
                    + (extension.isEmpty() ? " (set it when the template's file name has no extension)" : ""));
            return null;
        }
        if (RESERVED_EXTENSIONS.contains(extension.toLowerCase(Locale.ROOT))) {
            problems.add("'index-extension' " + extension + " would clash with the files the connector writes ("
                    + String.join(", ", RESERVED_EXTENSIONS) + ")");
            return null;
        }
        return extension;
    }

    private static TemplateEscaping escaping(Optional<String> configured, String extension, List<String> problems) {
        if (configured.isPresent()) {
            Optional<TemplateEscaping> parsed = TemplateEscaping.parse(configured.get().trim());
            if (parsed.isEmpty()) {
                problems.add("'template-escaping' must be xml, jpl or none, was '" + configured.get() + "'");
            }
            return parsed.orElse(null);
        }
        Optional<TemplateEscaping> implied = extension == null ? Optional.empty() : TemplateEscaping.forExtension(extension);
        if (implied.isEmpty() && extension != null) {
            problems.add("'template-escaping' is required for index extension '" + extension
                    + "' (xml, jpl or none); only .xml and .jpl imply one");
        }
        return implied.orElse(null);
    }

    private static Charset charset(String name, List<String> problems) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            problems.add("'index-charset' is not a charset this JVM knows: '" + name + "'");
            return null;
        }
    }

    private static char delimiter(String value, List<String> problems) {
        return switch (value) {
            case ",", ";", "|" -> value.charAt(0);
            case "tab", "\t" -> '\t';
            default -> {
                problems.add("'csv-delimiter' must be ',', ';', '|' or 'tab', was '" + value + "'");
                yield ',';
            }
        };
    }
}
