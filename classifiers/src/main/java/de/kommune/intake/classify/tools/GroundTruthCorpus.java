package de.kommune.intake.classify.tools;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A labelled corpus folder: {@code labels.jsonl} (one JSON object per input; batch inputs have a
 * {@code documents} list) and the ground-truth page texts it references. JSON is read with the
 * YAML parser (JSON is YAML's flow syntax), so the module needs no JSON library.
 */
final class GroundTruthCorpus {

    /** One expected document with its ground-truth page texts. */
    record Doc(String file, String channel, String type, Map<String, Object> fields, List<String> absentFields,
               List<String> pages, Map<String, Object> notes, boolean invalidIban, String variant, String key) {

        Doc withPages(List<String> newPages) {
            return new Doc(file, channel, type, fields, absentFields, newPages, notes, invalidIban, variant, key);
        }
    }

    private GroundTruthCorpus() {
    }

    @SuppressWarnings("unchecked")
    static List<Doc> load(Path dir) throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Doc> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("labels.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Map<String, Object> lab = yaml.load(line);
            Map<String, Object> notes = (Map<String, Object>) lab.getOrDefault("notes", Map.of());
            List<Map<String, Object>> docs = (List<Map<String, Object>>) lab.get("documents");
            if (docs == null) {
                if (lab.get("documentType") == null) {
                    continue;
                }
                docs = List.of(lab);
            }
            int index = 0;
            for (Map<String, Object> d : docs) {
                index++;
                List<String> pages = new ArrayList<>();
                for (Object p : (List<Object>) d.getOrDefault("gtText", List.of())) {
                    pages.add(Files.readString(dir.resolve(String.valueOf(p)), StandardCharsets.UTF_8));
                }
                boolean invalidIban = Boolean.TRUE.equals(d.get("invalidIban"))
                        || Boolean.TRUE.equals(lab.get("invalidIban")) || Boolean.TRUE.equals(notes.get("invalidIban"));
                out.add(new Doc(String.valueOf(lab.get("file")), String.valueOf(lab.getOrDefault("channel", "?")),
                        String.valueOf(d.get("documentType")), (Map<String, Object>) d.getOrDefault("fields", Map.of()),
                        (List<String>) d.getOrDefault("absentFields", List.of()), pages, notes, invalidIban,
                        String.valueOf(d.getOrDefault("variant", lab.getOrDefault("variant", d.get("documentType")))),
                        lab.get("file") + "#" + index));
            }
        }
        return out;
    }
}
