package de.kommune.intake.pipeline.review;

import de.kommune.intake.classify.AnalysisResult;
import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.store.StoreKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reviewers changed, for classifier retraining: a row per decision in the database and one JSON file per
 * document in {@code <data-dir>/corrections/} (the page texts are referenced by their content-store keys).
 */
public final class Corrections {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Path dir;

    public Corrections(JdbcClient jdbc, ObjectMapper json, Path dir) {
        this.jdbc = jdbc;
        this.json = json;
        this.dir = dir;
    }

    public record Correction(String documentId, String inputId, Instant correctedAt, List<String> pageTextKeys,
                             String originalType, String correctedType, Map<String, String> originalFields,
                             Map<String, String> correctedFields) {
    }

    public Correction record(DocumentTicket ticket, AnalysisResult original, AnalysisResult corrected, String actor) {
        Correction c = new Correction(ticket.documentId(), ticket.input().inputId(), Instant.now(),
                ticket.sourcePages().stream().map(p -> StoreKeys.pageResult(ticket.input().inputId(), p)).toList(),
                original.documentType(), corrected.documentType(), values(original.fields()),
                values(corrected.fields()));
        jdbc.sql("INSERT INTO correction (document_id, corrected_by, corrected_at, original_type, corrected_type, "
                        + "original, corrected) VALUES (?, ?, ?, ?, ?, CAST(? AS JSONB), CAST(? AS JSONB))")
                .params(c.documentId(), actor, Timestamp.from(c.correctedAt()), c.originalType(), c.correctedType(),
                        json.writeValueAsString(c.originalFields()), json.writeValueAsString(c.correctedFields()))
                .update();
        write(c);
        return c;
    }

    private void write(Correction c) {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + c.documentId() + ".tmp");
            Files.write(tmp, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(c));
            Files.move(tmp, dir.resolve(c.documentId() + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write correction file", e);
        }
    }

    private static Map<String, String> values(Map<String, ExtractedField> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        new TreeMap<>(fields).forEach((k, v) -> out.put(k, v.value()));
        return out;
    }
}
