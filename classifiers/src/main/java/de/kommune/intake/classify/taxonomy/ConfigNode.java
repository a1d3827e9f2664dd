package de.kommune.intake.classify.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A YAML value with its key path, for error messages that say where the problem is. */
final class ConfigNode {
    final String path;
    final Object value;

    ConfigNode(String path, Object value) {
        this.path = path;
        this.value = value;
    }

    boolean has(String key) {
        return value instanceof Map && ((Map<?, ?>) value).containsKey(key);
    }

    ConfigNode get(String key) {
        Object v = value instanceof Map ? ((Map<?, ?>) value).get(key) : null;
        return new ConfigNode(path.isEmpty() ? key : path + "." + key, v);
    }

    ConfigNode required() {
        if (value == null) {
            throw new TaxonomyException(path, "required key is missing");
        }
        return this;
    }

    void allowKeys(String... keys) {
        if (value == null) {
            return;
        }
        if (!(value instanceof Map)) {
            throw new TaxonomyException(path, "must be a mapping, got " + describe(value));
        }
        Set<String> allowed = Set.of(keys);
        for (Object k : ((Map<?, ?>) value).keySet()) {
            if (!allowed.contains(String.valueOf(k))) {
                throw new TaxonomyException(path.isEmpty() ? String.valueOf(k) : path + "." + k,
                        "unknown key (allowed: " + String.join(", ", keys) + ")");
            }
        }
    }

    Map<String, ConfigNode> map() {
        Map<String, ConfigNode> out = new LinkedHashMap<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof Map)) {
            throw new TaxonomyException(path, "must be a mapping, got " + describe(value));
        }
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
            String k = String.valueOf(e.getKey());
            out.put(k, new ConfigNode(path.isEmpty() ? k : path + "." + k, e.getValue()));
        }
        return out;
    }

    List<ConfigNode> list() {
        List<ConfigNode> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof List)) {
            throw new TaxonomyException(path, "must be a list, got " + describe(value));
        }
        List<?> l = (List<?>) value;
        for (int i = 0; i < l.size(); i++) {
            out.add(new ConfigNode(path + "[" + i + "]", l.get(i)));
        }
        return out;
    }

    String string() {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw new TaxonomyException(path, "must be a text value, got " + describe(value));
    }

    String stringOrNull() {
        return value == null ? null : string();
    }

    double number(double dflt) {
        if (value == null) {
            return dflt;
        }
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        throw new TaxonomyException(path, "must be a number, got " + describe(value));
    }

    private static String describe(Object v) {
        if (v instanceof Map) {
            return "a mapping";
        }
        if (v instanceof List) {
            return "a list";
        }
        return "'" + v + "'";
    }
}
