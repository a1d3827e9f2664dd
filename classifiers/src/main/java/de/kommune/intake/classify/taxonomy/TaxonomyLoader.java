package de.kommune.intake.classify.taxonomy;

import de.kommune.intake.classify.text.Phrase;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads taxonomy YAML and merges overrides on top of the default.
 * <p>
 * Merge rules: maps merge key by key (recursively); any other value replaces; {@code key: null}
 * removes an entry (e.g. a type); {@code key+: [...]} appends to a list (e.g. {@code labels+}).
 * Unknown keys, wrong value types, undefined field references and invalid regular expressions are
 * rejected with a {@link TaxonomyException} naming the key path.
 */
public final class TaxonomyLoader {

    public static final String DEFAULT_RESOURCE = "/taxonomy-default.yml";
    private static final Set<String> SENSITIVITIES = Set.of("NORMAL", "HIGH", "HEALTH");
    private static final Set<String> SOURCE_NAMES = Set.of("label", "pattern", "range:from", "range:to", "range:month",
            "senderLine", "letterhead", "recipientBlock", "introduced", "reconciled", "perMonth", "closing", "placeDate", "headerDate",
            "signatureDate", "compose", "cues", "labelOf", "barcode");
    private static final List<String> SOURCE_PREFIXES = List.of("party:", "mrz:", "letterhead:", "girocode:");
    private static final Set<String> GIROCODE_ELEMENTS = Set.of("iban", "bic", "name", "amount", "reference");

    /** A named YAML text (the name appears in syntax error messages). */
    public record Source(String name, String yaml) {
    }

    private TaxonomyLoader() {
    }

    public static Source defaultSource() {
        try (InputStream in = TaxonomyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " missing from the classpath");
            }
            return new Source("taxonomy-default.yml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Source fileSource(Path file) {
        try {
            return new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TaxonomyException("", "cannot read override file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses the sources, merges them in order and builds the taxonomy. */
    public static Taxonomy load(List<Source> sources) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Source s : sources) {
            merge(merged, parse(s), "");
        }
        return bind(merged);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(Source source) {
        LoaderOptions opts = new LoaderOptions();
        opts.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(opts));
        Object doc;
        try {
            doc = yaml.load(source.yaml());
        } catch (YAMLException e) {
            throw new TaxonomyException("", "invalid YAML in " + source.name() + ": " + e.getMessage(), e);
        }
        if (doc == null) {
            return new LinkedHashMap<>();
        }
        if (!(doc instanceof Map)) {
            throw new TaxonomyException("", source.name() + " must hold a mapping at the top level");
        }
        return (Map<String, Object>) doc;
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> base, Map<String, Object> override, String path) {
        for (Map.Entry<String, Object> e : override.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            if (key.endsWith("+")) {
                String target = key.substring(0, key.length() - 1);
                Object existing = base.get(target);
                if (!(value instanceof List)) {
                    throw new TaxonomyException(keyPath, "'+' appends to a list; value must be a list");
                }
                if (existing != null && !(existing instanceof List)) {
                    throw new TaxonomyException(keyPath, "'" + target + "' is not a list");
                }
                List<Object> joined = new ArrayList<>(existing == null ? List.of() : (List<Object>) existing);
                joined.addAll((List<Object>) value);
                base.put(target, joined);
            } else if (value == null) {
                base.remove(key);
            } else if (value instanceof Map && base.get(key) instanceof Map) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) base.get(key));
                merge(copy, (Map<String, Object>) value, keyPath);
                base.put(key, copy);
            } else {
                base.put(key, value);
            }
        }
    }

    // ------------------------------------------------------------------------------------ binding

    static Taxonomy bind(Map<String, Object> root) {
        ConfigNode r = new ConfigNode("", root);
        r.allowKeys("version", "commonFields", "fields", "types", "fillers", "stopLabels", "rangeLabels",
                "classification", "plausibility", "letter");
        Map<String, FieldDefinition> fields = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> e : r.get("fields").required().map().entrySet()) {
            fields.put(e.getKey(), field(e.getKey(), e.getValue()));
        }
        List<String> common = fieldRefs(r.get("commonFields"), fields);
        Map<String, TypeDefinition> types = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> e : r.get("types").required().map().entrySet()) {
            types.put(e.getKey(), type(e.getKey(), e.getValue(), fields, common));
        }
        if (types.isEmpty()) {
            throw new TaxonomyException("types", "at least one document type is required");
        }
        for (FieldDefinition f : fields.values()) {
            if (f.enumSpec() != null && f.enumSpec().labelOf() != null && !fields.containsKey(f.enumSpec().labelOf())) {
                throw new TaxonomyException("fields." + f.code() + ".labelOf",
                        "unknown field '" + f.enumSpec().labelOf() + "'");
            }
            for (int i = 0; i < f.compose().size(); i++) {
                if (!fields.containsKey(f.compose().get(i))) {
                    throw new TaxonomyException("fields." + f.code() + ".compose[" + i + "]",
                            "unknown field '" + f.compose().get(i) + "'");
                }
            }
        }
        ConfigNode c = r.get("classification").required();
        c.allowKeys("fallbackType", "baseline", "minScore", "temperature", "headingBoost", "headingLines");
        ClassifierParams params = new ClassifierParams(c.get("fallbackType").required().string(),
                c.get("baseline").number(3.0), c.get("minScore").number(3.0), c.get("temperature").number(2.0),
                c.get("headingBoost").number(2.0), (int) c.get("headingLines").number(15));
        if (!types.containsKey(params.fallbackType())) {
            throw new TaxonomyException("classification.fallbackType",
                    "type '" + params.fallbackType() + "' is not defined under types");
        }
        if (params.temperature() <= 0) {
            throw new TaxonomyException("classification.temperature", "must be > 0");
        }
        ConfigNode l = r.get("letter");
        l.allowKeys("closings", "signatureLabels", "healthMarkers");
        LetterCues letter = new LetterCues(phrases(l.get("closings")), phrases(l.get("signatureLabels")),
                phrases(l.get("healthMarkers")));
        return new Taxonomy(fields, types, common, phrases(r.get("fillers")), phrases(r.get("stopLabels")),
                phrases(r.get("rangeLabels")), params, plausibility(r.get("plausibility"), fields), letter);
    }

    private static FieldDefinition field(String code, ConfigNode n) {
        n.allowKeys("kind", "labels", "exclude", "demote", "sources", "pattern", "format", "barcodePattern", "barcodeFormat",
                "min", "max", "aliases", "values", "default", "labelOf", "context", "compose", "occurrence", "description");
        FieldKind kind = FieldKind.fromYaml(n.get("kind").required().string(), n.get("kind").path);
        List<String> sources = new ArrayList<>();
        List<ConfigNode> srcNodes = n.get("sources").list();
        for (ConfigNode s : srcNodes) {
            String v = s.string();
            if (!SOURCE_NAMES.contains(v) && SOURCE_PREFIXES.stream().noneMatch(v::startsWith)) {
                throw new TaxonomyException(s.path, "unknown source '" + v + "' (allowed: " + SOURCE_NAMES
                        + " or prefixes " + SOURCE_PREFIXES + ")");
            }
            if (v.startsWith("girocode:") && !GIROCODE_ELEMENTS.contains(v.substring("girocode:".length()))) {
                throw new TaxonomyException(s.path, "unknown GiroCode element in '" + v + "' (allowed: "
                        + GIROCODE_ELEMENTS + ")");
            }
            sources.add(v);
        }
        if (srcNodes.isEmpty() && !n.has("sources")) {
            sources.add("label");
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> e : n.get("aliases").map().entrySet()) {
            aliases.put(e.getKey(), e.getValue().string());
        }
        Double min = n.has("min") ? n.get("min").number(0) : null;
        Double max = n.has("max") ? n.get("max").number(0) : null;
        ValueRules rules = new ValueRules(regex(n.get("pattern")), n.get("format").stringOrNull(),
                regex(n.get("barcodePattern")), n.get("barcodeFormat").stringOrNull(), min, max, aliases);
        EnumSpec enumSpec = null;
        if (kind == FieldKind.ENUM) {
            Map<String, List<Phrase>> values = new LinkedHashMap<>();
            Map<String, ConfigNode> vs = n.get("values").required().map();
            if (vs.isEmpty()) {
                throw new TaxonomyException(n.get("values").path, "an enum needs at least one value");
            }
            for (Map.Entry<String, ConfigNode> e : vs.entrySet()) {
                values.put(e.getKey(), phrases(e.getValue()));
            }
            String def = n.get("default").stringOrNull();
            enumSpec = new EnumSpec(values, def, n.get("labelOf").stringOrNull());
        } else if (n.has("values")) {
            throw new TaxonomyException(n.get("values").path, "'values' is only allowed for kind enum");
        }
        List<String> compose = new ArrayList<>();
        for (ConfigNode s : n.get("compose").list()) {
            compose.add(s.string());
        }
        String occurrence = n.has("occurrence") ? n.get("occurrence").string() : "first";
        if (!occurrence.equals("first") && !occurrence.equals("last")) {
            throw new TaxonomyException(n.get("occurrence").path, "must be 'first' or 'last', got '" + occurrence + "'");
        }
        return new FieldDefinition(code, kind, phrases(n.get("labels")), phrases(n.get("exclude")),
                phrases(n.get("demote")), sources, rules,
                enumSpec, phrases(n.get("context")), compose, occurrence.equals("last"));
    }

    private static TypeDefinition type(String code, ConfigNode n, Map<String, FieldDefinition> fields,
                                       List<String> common) {
        n.allowKeys("name", "cues", "negativeCues", "patternCues", "keyFields", "requiredFields", "fields",
                "sensitivity", "fieldLabels", "fieldSources", "description");
        List<Cue> cues = cues(n.get("cues"), false);
        List<Cue> negative = cues(n.get("negativeCues"), true);
        List<PatternCue> patternCues = new ArrayList<>();
        for (Map.Entry<String, ConfigNode> e : n.get("patternCues").map().entrySet()) {
            try {
                patternCues.add(new PatternCue(Pattern.compile(e.getKey(), Pattern.MULTILINE),
                        e.getValue().number(0)));
            } catch (PatternSyntaxException ex) {
                throw new TaxonomyException(e.getValue().path, "invalid regular expression: " + ex.getDescription());
            }
        }
        List<String> key = fieldRefs(n.get("keyFields"), fields);
        List<String> extra = fieldRefs(n.get("fields"), fields);
        List<String> required = fieldRefs(n.get("requiredFields"), fields);
        Set<String> active = new LinkedHashSet<>(key);
        active.addAll(extra);
        active.addAll(common);
        for (int i = 0; i < required.size(); i++) {
            if (!active.contains(required.get(i))) {
                throw new TaxonomyException(n.get("requiredFields").path + "[" + i + "]",
                        "'" + required.get(i) + "' is not a key, extra or common field of " + code);
            }
        }
        String sensitivity = n.has("sensitivity") ? n.get("sensitivity").string() : "NORMAL";
        if (!SENSITIVITIES.contains(sensitivity)) {
            throw new TaxonomyException(n.get("sensitivity").path,
                    "unknown sensitivity '" + sensitivity + "' (allowed: " + SENSITIVITIES + ")");
        }
        Map<String, List<Phrase>> fieldLabels = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> e : n.get("fieldLabels").map().entrySet()) {
            requireField(fields, e.getKey(), e.getValue().path);
            fieldLabels.put(e.getKey(), phrases(e.getValue()));
        }
        Map<String, List<String>> fieldSources = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> e : n.get("fieldSources").map().entrySet()) {
            requireField(fields, e.getKey(), e.getValue().path);
            List<String> srcs = new ArrayList<>();
            for (ConfigNode s : e.getValue().list()) {
                String v = s.string();
                if (!SOURCE_NAMES.contains(v) && SOURCE_PREFIXES.stream().noneMatch(v::startsWith)) {
                    throw new TaxonomyException(s.path, "unknown source '" + v + "'");
                }
                srcs.add(v);
            }
            fieldSources.put(e.getKey(), srcs);
        }
        String name = n.has("name") ? n.get("name").string() : code;
        return new TypeDefinition(code, name, cues, negative, patternCues, key, required, extra, sensitivity,
                fieldLabels, fieldSources);
    }

    private static List<PlausibilityRule> plausibility(ConfigNode n, Map<String, FieldDefinition> fields) {
        List<PlausibilityRule> out = new ArrayList<>();
        for (ConfigNode rule : n.list()) {
            rule.allowKeys("order", "notGreater", "sum", "parts");
            if (rule.has("order")) {
                List<String> f = new ArrayList<>();
                for (ConfigNode s : rule.get("order").list()) {
                    if (!"today".equals(s.string())) {
                        requireField(fields, s.string(), s.path);
                    }
                    f.add(s.string());
                }
                checkPair(rule.get("order"), f);
                out.add(new PlausibilityRule.Order(f.get(0), f.get(1)));
            } else if (rule.has("notGreater")) {
                List<String> f = fieldRefs(rule.get("notGreater"), fields);
                checkPair(rule.get("notGreater"), f);
                out.add(new PlausibilityRule.NotGreater(f.get(0), f.get(1)));
            } else if (rule.has("sum")) {
                String total = rule.get("sum").string();
                requireField(fields, total, rule.get("sum").path);
                out.add(new PlausibilityRule.Sum(total, fieldRefs(rule.get("parts").required(), fields)));
            } else {
                throw new TaxonomyException(rule.path, "a rule needs one of: order, notGreater, sum");
            }
        }
        return out;
    }

    private static void checkPair(ConfigNode n, List<String> f) {
        if (f.size() != 2) {
            throw new TaxonomyException(n.path, "needs exactly two fields");
        }
    }

    private static List<Cue> cues(ConfigNode n, boolean negative) {
        List<Cue> out = new ArrayList<>();
        for (Map.Entry<String, ConfigNode> e : n.map().entrySet()) {
            double w = e.getValue().number(0);
            if (w <= 0) {
                throw new TaxonomyException(e.getValue().path, "weight must be > 0 (got " + w + ")");
            }
            out.add(new Cue(phrase(e.getKey(), e.getValue().path), negative ? -w : w));
        }
        return out;
    }

    private static List<String> fieldRefs(ConfigNode n, Map<String, FieldDefinition> fields) {
        List<String> out = new ArrayList<>();
        for (ConfigNode s : n.list()) {
            String v = s.string();
            requireField(fields, v, s.path);
            out.add(v);
        }
        return out;
    }

    private static void requireField(Map<String, FieldDefinition> fields, String code, String path) {
        if (!fields.containsKey(code)) {
            throw new TaxonomyException(path, "unknown field '" + code + "' (define it under fields)");
        }
    }

    private static List<Phrase> phrases(ConfigNode n) {
        List<Phrase> out = new ArrayList<>();
        for (ConfigNode s : n.list()) {
            out.add(phrase(s.string(), s.path));
        }
        return out;
    }

    private static Phrase phrase(String text, String path) {
        try {
            return Phrase.of(text);
        } catch (IllegalArgumentException e) {
            throw new TaxonomyException(path, e.getMessage());
        }
    }

    private static Pattern regex(ConfigNode n) {
        String s = n.stringOrNull();
        if (s == null) {
            return null;
        }
        try {
            return Pattern.compile(s, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new TaxonomyException(n.path, "invalid regular expression: " + e.getDescription());
        }
    }
}
