package de.kommune.intake.classify.tools;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Review corrections for retraining: {@code corrections/*.json}, one file per corrected document (format in
 * classifiers/README.md). The document text is referenced, not copied: {@code "text"} names a file relative to
 * the corrections folder with the pages separated by form feeds (the pipeline's {@code <id>.txt}). A file that
 * cannot be used stops the training with its name and the reason: silently skipping a reviewer's work would
 * make the retrain ignore exactly what it should learn.
 */
final class CorrectionsFolder {

    private CorrectionsFolder() {
    }

    @SuppressWarnings("unchecked")
    static List<GroundTruthCorpus.Doc> load(Path dir) throws IOException {
        List<GroundTruthCorpus.Doc> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (Path f : files) {
            String name = f.getFileName().toString();
            Map<String, Object> c;
            try {
                Object o = yaml.load(Files.readString(f, StandardCharsets.UTF_8));
                if (!(o instanceof Map)) {
                    throw new IllegalArgumentException("correction " + name + " is not a JSON object");
                }
                c = (Map<String, Object>) o;
            } catch (YAMLException e) {
                throw new IllegalArgumentException("correction " + name + " is not valid JSON");
            }
            Object type = c.get("documentType");
            Object text = c.get("text");
            if (!(type instanceof String) || ((String) type).isBlank()) {
                throw new IllegalArgumentException("correction " + name + ": 'documentType' missing");
            }
            if (!(text instanceof String) || ((String) text).isBlank()) {
                throw new IllegalArgumentException("correction " + name + ": 'text' (file with the document text) missing");
            }
            Path textFile = dir.resolve((String) text).normalize();
            if (!textFile.startsWith(dir.normalize()) || !Files.isRegularFile(textFile)) {
                throw new IllegalArgumentException("correction " + name + ": text file '" + text
                        + "' not found in the corrections folder");
            }
            List<String> pages = Arrays.asList(Files.readString(textFile, StandardCharsets.UTF_8).split("\f", -1));
            Object fields = c.getOrDefault("fields", Map.of());
            if (!(fields instanceof Map)) {
                throw new IllegalArgumentException("correction " + name + ": 'fields' must be an object");
            }
            out.add(new GroundTruthCorpus.Doc("corrections/" + name, String.valueOf(c.getOrDefault("channel",
                    "correction")), (String) type, (Map<String, Object>) fields, List.of(), pages, Map.of(), false,
                    "correction", "correction:" + name));
        }
        return out;
    }
}
