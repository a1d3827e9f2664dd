package de.kommune.intake.pipeline.retention;

import de.kommune.intake.pipeline.ledger.DocumentRecord;
import de.kommune.intake.pipeline.ledger.FileLedger;
import de.kommune.intake.pipeline.ledger.ForwardingLedger;
import de.kommune.intake.pipeline.ledger.HistoryEntry;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.store.FileContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The sweep against a real file content store and file ledger, at a fixed instant. */
class RetentionSweepTest {

    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    private static final Duration GRACE = Duration.ofDays(30);
    private static final String FILE_NAME = "Mustermann_AU-Bescheinigung.pdf";
    private static final String SHA = "9c5e0b1f3a7d4e2c8b6a5f4e3d2c1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a0";

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @TempDir
    Path data;

    private FileContentStore store;
    private FileLedger ledger;
    private Path hotFolder;
    private Path reports;

    @BeforeEach
    void setUp() {
        store = new FileContentStore(data.resolve("store"));
        ledger = new FileLedger(data.resolve("ledger"), json);
        hotFolder = data.resolve("hotfolder");
        reports = data.resolve("retention");
    }

    private RetentionSweep sweep(Ledger withLedger, PendingDeliveries pending) {
        return sweepAt(NOW, withLedger, pending);
    }

    private RetentionSweep sweepAt(Instant now, Ledger withLedger, PendingDeliveries pending) {
        return new RetentionSweep(store, withLedger, Clock.fixed(now, ZoneOffset.UTC), GRACE, hotFolder, reports,
                meters, pending);
    }

    private RetentionSweep sweep() {
        return sweep(ledger, PendingDeliveries.NONE);
    }

    @Test
    void aFiledInputPastTheGracePeriodLosesItsWorkingCopiesAndIsReportedWithoutItsName() throws Exception {
        Instant finished = NOW.minus(Duration.ofDays(31));
        long bytes = input("in-1", Outcome.FILED, finished, Outcome.FILED, Outcome.FILED);

        assertThat(sweep().sweep()).isEqualTo(1);

        assertThat(data.resolve("store/inputs/in-1")).doesNotExist();
        assertThat(data.resolve("store/documents/in-1-d1")).doesNotExist();
        assertThat(data.resolve("store/documents/in-1-d2")).doesNotExist();
        InputRecord after = ledger.input("in-1").orElseThrow();
        assertThat(after.status()).isEqualTo(Outcome.FILED);
        assertThat(after.fileName()).as("the ledger record stays").isEqualTo(FILE_NAME);
        assertThat(after.history()).filteredOn(h -> "retention".equals(h.stage())).singleElement()
                .satisfies(h -> {
                    assertThat(h.at()).isEqualTo(NOW);
                    assertThat(h.status()).isEqualTo(Outcome.FILED);
                });
        assertThat(ledger.document("in-1-d1")).as("document records stay").isPresent();

        List<String> lines = reportLines();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).doesNotContain("Mustermann").doesNotContain(".pdf");
        JsonNode line = json.readTree(lines.get(0));
        assertThat(line.path("inputId").asString()).isEqualTo("in-1");
        assertThat(line.path("documentIds").size()).isEqualTo(2);
        assertThat(line.path("documentIds").get(0).asString()).isEqualTo("in-1-d1");
        assertThat(line.path("documentIds").get(1).asString()).isEqualTo("in-1-d2");
        assertThat(line.path("sha256").asString()).isEqualTo(SHA);
        assertThat(line.path("outcome").asString()).isEqualTo("FILED");
        assertThat(line.path("finishedAt").asString()).isEqualTo(finished.toString());
        assertThat(line.path("deletedAt").asString()).isEqualTo(NOW.toString());
        assertThat(line.path("bytesFreed").asLong()).isPositive().isEqualTo(bytes);
        assertThat(meters.counter("intake.retention.inputs").count()).isEqualTo(1.0);
        assertThat(meters.counter("intake.retention.bytes").count()).isEqualTo((double) bytes);
    }

    @Test
    void anInputWithinTheGracePeriodIsUntouched() throws Exception {
        input("in-1", Outcome.FILED, NOW.minus(Duration.ofDays(29)), Outcome.FILED);

        assertThat(sweep().sweep()).isZero();

        assertUntouched("in-1");
        assertThat(reportLines()).isEmpty();
    }

    @Test
    void theNewestStepOfAnyDocumentCountsNotOnlyTheInputsOwn() throws Exception {
        input("in-1", Outcome.FILED, NOW.minus(Duration.ofDays(40)), Outcome.FILED);
        // a late step on the document (e.g. delivered after a long outage) restarts the grace period
        ledger.updateDocument("in-1-d1", d -> new DocumentRecord(d.documentId(), d.inputId(), d.pages(), d.status(),
                d.documentType(), d.reviewReasons(), d.deliveredTo(), append(d.history(),
                new HistoryEntry(NOW.minus(Duration.ofDays(10)), Outcome.FILED, "deliver", "FILED"))));

        assertThat(sweep().sweep()).isZero();

        assertUntouched("in-1");
        assertThat(reportLines()).isEmpty();
    }

    @Test
    void inputsInReviewOrStillProcessingAreUntouchedHoweverOld() throws Exception {
        Instant old = NOW.minus(Duration.ofDays(365));
        input("in-review", Outcome.REVIEW, old, Outcome.FILED, Outcome.REVIEW);
        input("in-processing", Outcome.PROCESSING, old, Outcome.PROCESSING);
        input("in-received", Outcome.RECEIVED, old);

        assertThat(sweep().sweep()).isZero();

        assertUntouched("in-review");
        assertUntouched("in-processing");
        assertUntouched("in-received");
        assertThat(reportLines()).isEmpty();
    }

    @Test
    void aRejectedInputWhoseSiblingDocumentWaitsInReviewIsUntouched() throws Exception {
        // one document failed delivery for good and rejected the input; the other still waits for a person
        input("in-1", Outcome.REJECTED, NOW.minus(Duration.ofDays(60)), Outcome.REJECTED, Outcome.REVIEW);

        assertThat(sweep().sweep()).isZero();

        assertUntouched("in-1");
        assertThat(reportLines()).isEmpty();
    }

    @Test
    void aSecondPassDeletesNothingMoreAndReportsNothingMore() throws Exception {
        input("in-1", Outcome.FILED, NOW.minus(Duration.ofDays(31)), Outcome.FILED);
        assertThat(sweep().sweep()).isEqualTo(1);
        List<HistoryEntry> historyAfterFirst = ledger.input("in-1").orElseThrow().history();

        assertThat(sweep().sweep()).as("a new sweeper, as after a restart").isZero();
        // the retention entry is no step that restarts the grace period: once past it again, the mark still holds
        assertThat(sweepAt(NOW.plus(Duration.ofDays(90)), ledger, PendingDeliveries.NONE).sweep()).isZero();

        assertThat(reportLines()).hasSize(1);
        try (var files = Files.list(reports)) {
            assertThat(files).as("no report of a later month either").hasSize(1);
        }
        assertThat(ledger.input("in-1").orElseThrow().history()).isEqualTo(historyAfterFirst);
        assertThat(meters.counter("intake.retention.inputs").count()).isEqualTo(1.0);
    }

    @Test
    void aRejectedInputIsSwept() throws Exception {
        long bytes = input("in-1", Outcome.REJECTED, NOW.minus(Duration.ofDays(31))); // rejected at intake

        assertThat(sweep().sweep()).isEqualTo(1);

        assertThat(data.resolve("store/inputs/in-1")).doesNotExist();
        JsonNode line = json.readTree(reportLines().get(0));
        assertThat(line.path("outcome").asString()).isEqualTo("REJECTED");
        assertThat(line.path("documentIds").isEmpty()).isTrue();
        assertThat(line.path("bytesFreed").asLong()).isEqualTo(bytes);
    }

    @Test
    void aFiledInputWithADeliveryStillWaitingInTheOutboxIsUntouched() throws Exception {
        input("in-1", Outcome.FILED, NOW.minus(Duration.ofDays(31)), Outcome.FILED, Outcome.FILED);

        assertThat(sweep(ledger, id -> id.equals("in-1-d2")).sweep()).isZero();

        assertUntouched("in-1");
        assertThat(reportLines()).isEmpty();
    }

    @Test
    void oneInputThatCannotBeReadDoesNotStopThePassAndIsSweptOnceReadable() throws Exception {
        input("in-1", Outcome.FILED, NOW.minus(Duration.ofDays(31)), Outcome.FILED);
        input("in-2", Outcome.FILED, NOW.minus(Duration.ofDays(31)), Outcome.FILED);
        Ledger brokenRecord = new ForwardingLedger(ledger) {
            @Override
            public Optional<DocumentRecord> document(String documentId) {
                if (documentId.equals("in-1-d1")) {
                    throw new UncheckedIOException(new IOException("disk error"));
                }
                return super.document(documentId);
            }
        };

        assertThat(sweep(brokenRecord, PendingDeliveries.NONE).sweep()).isEqualTo(1);

        assertUntouched("in-1");
        assertThat(data.resolve("store/inputs/in-2")).doesNotExist();
        assertThat(sweep().sweep()).as("tried again next pass").isEqualTo(1);
        assertThat(data.resolve("store/inputs/in-1")).doesNotExist();
        assertThat(reportLines()).hasSize(2);
    }

    @Test
    void hotFolderArchiveDaysPastTheGracePeriodGoAndFailedFilesStay() throws Exception {
        // cutoff is 2025-05-02T10:00Z: a day goes once all of it lies before that
        Path old = archived("20240101");
        Path lastWholeDay = archived("20250501");
        Path cutoffDay = archived("20250502");
        Path recent = archived("20250520");
        Path notADay = archived("notes");
        Path failed = hotFolder.resolve(".failed/scan.pdf");
        Files.createDirectories(failed.getParent());
        Files.writeString(failed, "%PDF");
        Files.setLastModifiedTime(failed, FileTime.from(Instant.parse("2024-01-01T00:00:00Z"))); // age is no reason

        sweep().sweep();

        assertThat(old).doesNotExist();
        assertThat(lastWholeDay).doesNotExist();
        assertThat(cutoffDay).exists();
        assertThat(recent).exists();
        assertThat(notADay).exists();
        assertThat(failed).exists();
    }

    /**
     * An input with working copies in the store and documents in the given states; its own and its documents' last
     * history entries lie at {@code lastStep}.
     *
     * @return the bytes written to the store for it
     */
    private long input(String inputId, Outcome status, Instant lastStep, Outcome... documents) throws IOException {
        List<String> ids = new ArrayList<>();
        long bytes = put(StoreKeys.original(inputId), 1000) + put(StoreKeys.pageImage(inputId, 1), 300)
                + put(StoreKeys.pageResult(inputId, 1), 70);
        for (int i = 0; i < documents.length; i++) {
            String id = inputId + "-d" + (i + 1);
            ids.add(id);
            bytes += put(StoreKeys.analysis(id), 50) + put(StoreKeys.documentDir(id) + "/document.pdf", 400);
            ledger.saveDocument(new DocumentRecord(id, inputId, List.of(i + 1), documents[i], "AU_BESCHEINIGUNG",
                    List.of(), null, List.of(
                    new HistoryEntry(lastStep.minus(Duration.ofHours(1)), Outcome.PROCESSING, "ocr", "1 page(s)"),
                    new HistoryEntry(lastStep.minus(Duration.ofMinutes(1)), documents[i], "deliver", "x"))));
        }
        List<HistoryEntry> history = List.of(
                new HistoryEntry(lastStep.minus(Duration.ofHours(2)), Outcome.RECEIVED, "intake", "upload"),
                new HistoryEntry(lastStep, status, "deliver", documents.length + " document(s)"));
        ledger.saveInput(new InputRecord(inputId, FILE_NAME, "upload", SHA, 1000,
                lastStep.minus(Duration.ofHours(2)), status, status == Outcome.REJECTED ? "TOO_LARGE" : null, null,
                documents.length == 0 ? null : ids, 1, history));
        return bytes;
    }

    private long put(String key, int size) throws IOException {
        store.put(key, new byte[size]);
        return size;
    }

    private void assertUntouched(String inputId) throws IOException {
        InputRecord input = ledger.input(inputId).orElseThrow();
        assertThat(store.exists(StoreKeys.original(inputId))).isTrue();
        assertThat(store.exists(StoreKeys.pageImage(inputId, 1))).isTrue();
        if (input.documentIds() != null) {
            for (String id : input.documentIds()) {
                assertThat(store.exists(StoreKeys.documentDir(id) + "/document.pdf")).isTrue();
            }
        }
        assertThat(input.history()).noneMatch(h -> "retention".equals(h.stage()));
    }

    private List<String> reportLines() throws IOException {
        Path report = reports.resolve("deletions-2025-06.jsonl");
        return Files.exists(report) ? Files.readAllLines(report) : List.of();
    }

    private Path archived(String day) throws IOException {
        Path file = hotFolder.resolve(".archive").resolve(day).resolve("scan.pdf");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "%PDF");
        return file.getParent();
    }

    private static List<HistoryEntry> append(List<HistoryEntry> history, HistoryEntry entry) {
        List<HistoryEntry> h = new ArrayList<>(history);
        h.add(entry);
        return h;
    }
}
