package de.kommune.intake.pipeline.retention;

import de.kommune.intake.pipeline.model.Outcome;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of what retention deleted: one JSON line per swept input in {@code deletions-YYYY-MM.jsonl} (month
 * of deletion, UTC). Ids, content hash, outcome, times and sizes only, never a file name, text or field value,
 * so the report itself holds no personal data beyond what the ledger keeps anyway.
 */
public final class DeletionReport {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final ObjectMapper json = JsonMapper.builder().build();

    public DeletionReport(Path dir) {
        this.dir = dir;
    }

    /** What one sweep of one input deleted. */
    public record Deletion(String inputId, List<String> documentIds, String sha256, Outcome outcome,
                           Instant finishedAt, Instant deletedAt, long bytesFreed) {

        public Deletion {
            documentIds = List.copyOf(documentIds);
        }
    }

    /** Appends one whole line with a single write, so lines of two sweepers sharing the folder stay apart. */
    public void append(Deletion d) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("inputId", d.inputId());
        line.put("documentIds", d.documentIds());
        line.put("sha256", d.sha256());
        line.put("outcome", d.outcome().name());
        line.put("finishedAt", d.finishedAt().toString()); // ISO-8601 whatever the JSON library's date defaults
        line.put("deletedAt", d.deletedAt().toString());
        line.put("bytesFreed", d.bytesFreed());
        Files.createDirectories(dir);
        Files.write(file(d.deletedAt()), (json.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    /** @return the report file of the month {@code at} falls in */
    public Path file(Instant at) {
        return dir.resolve("deletions-" + MONTH.format(at) + ".jsonl");
    }
}
