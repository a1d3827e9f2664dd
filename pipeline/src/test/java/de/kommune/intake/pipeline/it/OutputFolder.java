package de.kommune.intake.pipeline.it;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a batch {@code --out} folder the way the contract describes it. */
record OutputFolder(Path dir) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    List<JsonNode> records() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                out.add(JSON.readTree(Files.readString(p)));
            }
        }
        return out;
    }

    List<JsonNode> rejections() throws IOException {
        Path rejected = dir.resolve("rejected");
        if (!Files.isDirectory(rejected)) {
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(rejected)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".reason.json")).sorted().toList()) {
                out.add(JSON.readTree(Files.readString(p)));
            }
        }
        return out;
    }

    List<JsonNode> recordsOf(String fileName) throws IOException {
        return records().stream().filter(r -> r.path("source").path("fileName").asString().equals(fileName)).toList();
    }

    List<JsonNode> rejectionsOf(String fileName) throws IOException {
        return rejections().stream().filter(r -> r.path("source").path("fileName").asString().equals(fileName))
                .toList();
    }

    static List<JsonNode> labels(Path labelsFile) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(labelsFile)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    /** As score.py: a batch label lists its documents, a single-document label is its own document. */
    static List<JsonNode> expectedDocuments(JsonNode label) {
        List<JsonNode> out = new ArrayList<>();
        if (label.has("documents") && label.path("documents").size() > 0) {
            label.path("documents").forEach(out::add);
        } else if (label.hasNonNull("documentType")) {
            out.add(label);
        }
        return out;
    }

    static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }
}
