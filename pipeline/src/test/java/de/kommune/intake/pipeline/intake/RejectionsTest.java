package de.kommune.intake.pipeline.intake;

import de.kommune.intake.pipeline.ledger.FileLedger;
import de.kommune.intake.pipeline.ledger.HistoryEntry;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.model.RejectReason;
import de.kommune.intake.pipeline.store.FileContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RejectionsTest {

    private static final Instant AT = Instant.parse("2025-03-01T09:14:03Z");

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @TempDir
    Path tmp;

    private Path rejectedDir;
    private FileContentStore store;
    private FileLedger ledger;
    private Rejections rejections;

    @BeforeEach
    void setUp() {
        rejectedDir = tmp.resolve("rejected");
        store = new FileContentStore(tmp.resolve("store"));
        ledger = new FileLedger(tmp.resolve("ledger"), json);
        rejections = new Rejections(store, ledger, rejectedDir, json);
    }

    private InputTicket stored(String id, String fileName, byte[] content, String mediaType) throws IOException {
        store.put(StoreKeys.original(id), content);
        ledger.saveInput(new InputRecord(id, fileName, "upload", "ab12", content.length, AT, Outcome.PROCESSING, null,
                null, null, 0, List.of(new HistoryEntry(AT, Outcome.RECEIVED, "intake", "upload"))));
        return new InputTicket(id, fileName, "upload", "ab12", content.length, AT, mediaType);
    }

    @Test
    void rejectCopiesTheOriginalWritesTheReasonAndMarksTheLedger() throws IOException {
        byte[] content = "%PDF-1.7 kaputt".getBytes(StandardCharsets.US_ASCII);
        InputTicket ticket = stored("in-1", "post/abgebrochen_upload.pdf", content, "application/pdf");

        rejections.reject(ticket, RejectReason.CORRUPT, "The PDF cannot be read.", "ocr");

        assertThat(Files.readAllBytes(rejectedDir.resolve("post/abgebrochen_upload.pdf"))).isEqualTo(content);
        JsonNode body = json.readTree(Files.readString(rejectedDir.resolve("post/abgebrochen_upload.pdf.reason.json")));
        assertThat(body.get("reason").asString()).isEqualTo("CORRUPT");
        assertThat(body.get("message").asString()).isEqualTo("The PDF cannot be read.");
        JsonNode source = body.get("source");
        assertThat(source.get("fileName").asString()).isEqualTo("post/abgebrochen_upload.pdf");
        assertThat(source.get("sha256").asString()).isEqualTo("ab12");
        assertThat(source.get("channel").asString()).isEqualTo("upload");
        assertThat(source.get("receivedAt").asString()).isEqualTo("2025-03-01T09:14:03Z");
        assertThat(source.get("inputId").asString()).isEqualTo("in-1");
        assertThat(source.get("mediaType").asString()).isEqualTo("application/pdf");

        InputRecord r = ledger.input("in-1").orElseThrow();
        assertThat(r.status()).isEqualTo(Outcome.REJECTED);
        assertThat(r.rejectReason()).isEqualTo("CORRUPT");
        assertThat(r.rejectMessage()).isEqualTo("The PDF cannot be read.");
        assertThat(r.history().get(r.history().size() - 1).stage()).isEqualTo("ocr");
        try (Stream<Path> files = Files.list(rejectedDir.resolve("post"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("abgebrochen_upload.pdf", "abgebrochen_upload.pdf.reason.json");
        }
    }

    @Test
    void theMediaTypeIsLeftOutWhenUnknown() throws IOException {
        InputTicket ticket = stored("in-1", "leer.pdf", new byte[0], null);

        rejections.reject(ticket, RejectReason.EMPTY, "empty", "intake");

        JsonNode body = json.readTree(Files.readString(rejectedDir.resolve("leer.pdf.reason.json")));
        assertThat(body.get("source").has("mediaType")).isFalse();
    }

    @Test
    void aFileNameClimbingOutOfTheInputFolderStaysInsideTheRejectedFolder() throws IOException {
        InputTicket ticket = stored("in-1", "../../etc/evil.pdf", new byte[]{1, 2}, null);

        rejections.reject(ticket, RejectReason.UNSUPPORTED_TYPE, "no", "intake");

        assertThat(rejectedDir.resolve("evil.pdf")).exists();
        assertThat(rejectedDir.resolve("evil.pdf.reason.json")).exists();
        assertThat(tmp.resolve("etc")).doesNotExist();
        assertThat(tmp.getParent().resolve("etc/evil.pdf")).doesNotExist();
    }

    @Test
    void aFileNameOfDotDotStaysInsideTheRejectedFolder() throws IOException {
        for (String name : List.of("..", "scans/..")) {
            InputTicket ticket = stored("in-" + name.length(), name, new byte[]{1, 2}, null);

            rejections.reject(ticket, RejectReason.EMPTY, "no", "intake");

            assertThat(ledger.input(ticket.inputId()).orElseThrow().status()).isEqualTo(Outcome.REJECTED);
        }
        try (Stream<Path> files = Files.list(rejectedDir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".reason.json"))).hasSize(2);
        }
        assertThat(tmp).isDirectory();
    }

    @Test
    void windowsSeparatorsBecomeFolders() throws IOException {
        InputTicket ticket = stored("in-1", "scans\\2025\\brief.pdf", new byte[]{1}, null);

        rejections.reject(ticket, RejectReason.CORRUPT, "no", "intake");

        assertThat(rejectedDir.resolve("scans/2025/brief.pdf.reason.json")).exists();
    }

    @Test
    void anUnreadableFileGetsOnlyAReasonAndNoLedgerChange() throws IOException {
        InputTicket ticket = new InputTicket("in-9", "gesperrt.pdf", "batch", "", 0, AT, null);

        rejections.rejectUnreadable(ticket, "Permission denied");

        assertThat(rejectedDir.resolve("gesperrt.pdf")).doesNotExist();
        JsonNode body = json.readTree(Files.readString(rejectedDir.resolve("gesperrt.pdf.reason.json")));
        assertThat(body.get("reason").asString()).isEqualTo("UNREADABLE");
        assertThat(body.get("source").get("fileName").asString()).isEqualTo("gesperrt.pdf");
        assertThat(ledger.input("in-9")).isEmpty();
    }

    @Test
    void rejectingAgainReplacesTheReason() throws IOException {
        InputTicket ticket = stored("in-1", "x.pdf", new byte[]{1}, null);

        rejections.reject(ticket, RejectReason.CORRUPT, "first", "ocr");
        rejections.reject(ticket, RejectReason.PROCESSING_FAILED, "second", "ocr");

        JsonNode body = json.readTree(Files.readString(rejectedDir.resolve("x.pdf.reason.json")));
        assertThat(body.get("reason").asString()).isEqualTo("PROCESSING_FAILED");
        try (Stream<Path> files = Files.list(rejectedDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("x.pdf", "x.pdf.reason.json");
        }
    }
}
