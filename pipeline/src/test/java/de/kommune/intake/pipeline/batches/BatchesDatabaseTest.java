package de.kommune.intake.pipeline.batches;

import de.kommune.intake.pipeline.intake.IntakeService;
import de.kommune.intake.pipeline.intake.TicketPublisher;
import de.kommune.intake.pipeline.ledger.DocumentRecord;
import de.kommune.intake.pipeline.ledger.HistoryEntry;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.persistence.JdbcLedger;
import de.kommune.intake.pipeline.persistence.TestDatabase;
import de.kommune.intake.pipeline.store.FileContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Batches, their progress and the re-run against the real embedded PostgreSQL, without the web application. */
class BatchesDatabaseTest {

    private static final Instant MORNING = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path tmp;

    private JdbcClient jdbc;
    private JdbcLedger ledger;
    private FileContentStore store;
    private IntakeService intake;
    private final List<InputTicket> published = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        TestDatabase.truncateAll();
        jdbc = TestDatabase.jdbc();
        jdbc.sql("TRUNCATE batch, input_rerun").update();
        ledger = new JdbcLedger(jdbc, TestDatabase.tx(), JsonMapper.builder().findAndAddModules().build());
        store = new FileContentStore(tmp.resolve("store"));
        intake = new IntakeService(store, ledger, new TicketPublisher() {
            @Override
            public void publish(InputTicket ticket) {
                published.add(ticket);
            }

            @Override
            public void resume(InputTicket ticket) {
                published.add(ticket);
            }
        });
    }

    @Test
    void aHotFolderSubfolderIsOneBatchPerDayAndLooseFilesAreAnother() {
        BatchStore batches = new BatchStore(jdbc, Clock.fixed(MORNING, ZoneOffset.UTC));
        HotFolderBatches today = new HotFolderBatches(batches, Clock.fixed(MORNING, ZoneOffset.UTC),
                ZoneId.of("Europe/Berlin"));
        HotFolderBatches tomorrow = new HotFolderBatches(batches,
                Clock.fixed(MORNING.plusSeconds(86_400), ZoneOffset.UTC), ZoneId.of("Europe/Berlin"));

        String post = today.batchFor("post-montag/a.pdf");
        assertThat(today.batchFor("post-montag/b.pdf")).isEqualTo(post);
        assertThat(today.batchFor("post-montag/nested/c.pdf")).isEqualTo(post);
        String loose = today.batchFor("d.pdf");
        assertThat(loose).isNotEqualTo(post);
        assertThat(today.batchFor("e.pdf")).isEqualTo(loose);
        assertThat(tomorrow.batchFor("post-montag/a.pdf")).isNotEqualTo(post);

        assertThat(batches.find(post).orElseThrow())
                .isEqualTo(new Batch(post, "post-montag", "hotfolder", MORNING, "hotfolder", null));
        assertThat(batches.find(loose).orElseThrow().label()).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM batch").query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void progressCountsCurrentAttemptsAndPagesOfFinishedInputs() throws Exception {
        BatchStore batches = new BatchStore(jdbc, Clock.systemUTC());
        Batch batch = batches.create("Post", "upload", "portal", 4);
        input(batch.id(), "a.pdf", Outcome.FILED, null, 3);
        input(batch.id(), "b.pdf", Outcome.REVIEW, null, 2);
        input(batch.id(), "c.pdf", Outcome.PROCESSING, null, 5);
        String rejected = input(batch.id(), "d.pdf", Outcome.REJECTED, "CORRUPT", 0);
        input(null, "other.pdf", Outcome.FILED, null, 9);

        BatchQueries queries = new BatchQueries(jdbc);
        BatchProgress p = queries.progress(batch.id()).orElseThrow();
        assertThat(List.of(p.inputs(), p.filed(), p.review(), p.rejected(), p.processing(), p.pages()))
                .containsExactly(4, 1, 1, 1, 1, 5);
        assertThat(p.running()).isTrue();
        assertThat(p.lastActivity()).isNotNull();

        String again = new InputRerun(ledger, store, intake, jdbc, TestDatabase.tx(), Clock.systemUTC(),
                new de.kommune.intake.pipeline.audit.AuditLog(jdbc))
                .rerun(batch.id(), rejected, "sachbearbeitung");
        BatchProgress after = queries.progress(batch.id()).orElseThrow();
        assertThat(after.inputs()).as("the re-run replaces its original in the counts").isEqualTo(4);
        assertThat(after.rejected()).isZero();
        assertThat(after.processing()).as("the re-run is received").isEqualTo(2);
        List<BatchInput> inputs = queries.inputs(batch.id());
        assertThat(inputs).hasSize(5);
        assertThat(inputs).filteredOn(i -> i.inputId().equals(rejected)).singleElement()
                .satisfies(i -> assertThat(i.rerunAs()).isEqualTo(again));
        assertThat(inputs).filteredOn(i -> i.inputId().equals(again)).singleElement()
                .satisfies(i -> assertThat(i.rerunOf()).isEqualTo(rejected));
        assertThat(queries.recent(MORNING.minusSeconds(86_400 * 400L), 10)).extracting(r -> r.batch().id())
                .contains(batch.id());
    }

    @Test
    void aRerunTakesOverTheContentClaimAndHappensOncePerAttempt() throws Exception {
        Batch batch = new BatchStore(jdbc, Clock.systemUTC()).create(null, "upload", "portal", 1);
        byte[] content = ("corrupt " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        InputTicket first = intake.submit(new ByteArrayInputStream(content), "scan.pdf", "upload", "in-1",
                batch.id());
        assertThat(ledger.claimContent(first.sha256(), "in-1")).isEqualTo("in-1");
        ledger.updateInput("in-1", r -> r.rejected("CORRUPT", "damaged", "ocr"));
        InputRerun rerun = new InputRerun(ledger, store, intake, jdbc, TestDatabase.tx(), Clock.systemUTC(),
                new de.kommune.intake.pipeline.audit.AuditLog(jdbc));

        String second = rerun.rerun(batch.id(), "in-1", "sachbearbeitung");

        InputRecord again = ledger.input(second).orElseThrow();
        assertThat(again.status()).isEqualTo(Outcome.RECEIVED);
        assertThat(again.batchId()).isEqualTo(batch.id());
        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(store.read(StoreKeys.original(second))).isEqualTo(content);
        assertThat(published).extracting(InputTicket::inputId).containsExactly("in-1", second);
        assertThat(ledger.claimContent(first.sha256(), second)).as("the new attempt owns the content")
                .isEqualTo(second);
        assertThat(ledger.claimContent(first.sha256(), "in-3")).as("any other copy is still a duplicate")
                .isEqualTo(second);
        assertThatThrownBy(() -> rerun.rerun(batch.id(), "in-1", "sachbearbeitung"))
                .isInstanceOfSatisfying(RerunRefused.class,
                        e -> assertThat(e.kind()).isEqualTo(RerunRefused.Kind.ALREADY_RERUN));
        assertThatThrownBy(() -> rerun.rerun(batch.id(), second, "sachbearbeitung"))
                .as("still in the pipeline").isInstanceOfSatisfying(RerunRefused.class,
                        e -> assertThat(e.kind()).isEqualTo(RerunRefused.Kind.NOT_REJECTED));
        assertThatThrownBy(() -> rerun.rerun("another-batch", "in-1", "sachbearbeitung"))
                .isInstanceOfSatisfying(RerunRefused.class,
                        e -> assertThat(e.kind()).isEqualTo(RerunRefused.Kind.NOT_FOUND));
    }

    @Test
    void inputsWithAFiledDocumentDuplicateOrEmptyContentAreNotRerun() throws Exception {
        Batch batch = new BatchStore(jdbc, Clock.systemUTC()).create(null, "upload", "portal", 2);
        intake.submit(new ByteArrayInputStream(new byte[]{1, 2}), "two.pdf", "upload", "in-1", batch.id());
        ledger.updateInput("in-1", r -> r.split(List.of("doc-1", "doc-2"), 2));
        ledger.saveDocument(new DocumentRecord("doc-1", "in-1", List.of(1), Outcome.FILED, "KONTOAUSZUG", List.of(),
                "default:doc-1", List.of()));
        ledger.saveDocument(new DocumentRecord("doc-2", "in-1", List.of(2), Outcome.REJECTED, null, List.of(),
                null, List.of()));
        ledger.updateInput("in-1", r -> r.rejected("PROCESSING_FAILED", "deliver failed", "deliver"));
        intake.submit(new ByteArrayInputStream(new byte[]{3}), "dup.pdf", "upload", "in-2", batch.id());
        ledger.updateInput("in-2", r -> r.rejected("DUPLICATE", "same as x", "intake"));
        intake.submit(new ByteArrayInputStream(new byte[0]), "leer.pdf", "upload", "in-3", batch.id());
        ledger.updateInput("in-3", r -> r.rejected("EMPTY", "0 bytes", "intake"));
        InputRerun rerun = new InputRerun(ledger, store, intake, jdbc, TestDatabase.tx(), Clock.systemUTC(),
                new de.kommune.intake.pipeline.audit.AuditLog(jdbc));

        assertThatThrownBy(() -> rerun.rerun(batch.id(), "in-1", "x")).isInstanceOfSatisfying(RerunRefused.class,
                e -> assertThat(e.kind()).isEqualTo(RerunRefused.Kind.PARTLY_FILED));
        assertThatThrownBy(() -> rerun.rerun(batch.id(), "in-2", "x")).isInstanceOfSatisfying(RerunRefused.class,
                e -> assertThat(e.kind()).isEqualTo(RerunRefused.Kind.DUPLICATE));
        assertThatThrownBy(() -> rerun.rerun(batch.id(), "in-3", "x")).isInstanceOfSatisfying(RerunRefused.class,
                e -> assertThat(e.kind()).isEqualTo(RerunRefused.Kind.EMPTY));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM input_rerun").query(Integer.class).single()).isZero();
    }

    @Test
    void finishedDocumentsKnowWhenTheyEndedAndWhetherAPersonReviewedThem() {
        Instant since = Instant.parse("2026-11-20T00:00:00Z");
        document("straight", "KONTOAUSZUG", Outcome.FILED, step(Outcome.FILED, "2026-11-21T10:00:00Z"));
        document("approved", "KONTOAUSZUG", Outcome.FILED, step(Outcome.REVIEW, "2026-11-21T10:00:00Z"),
                step(Outcome.PROCESSING, "2026-11-22T09:00:00Z"), step(Outcome.FILED, "2026-11-22T09:01:00Z"));
        document("held", "LOHNABRECHNUNG", Outcome.REVIEW, step(Outcome.REVIEW, "2026-11-23T10:00:00Z"));
        document("failed", null, Outcome.REJECTED, step(Outcome.REJECTED, "2026-11-23T11:00:00Z"));
        document("old", "KONTOAUSZUG", Outcome.FILED, step(Outcome.FILED, "2026-11-19T23:59:00Z"));
        document("underway", "KONTOAUSZUG", Outcome.PROCESSING, step(Outcome.PROCESSING, "2026-11-23T12:00:00Z"));
        document("reviewedEarlier", "KONTOAUSZUG", Outcome.FILED, step(Outcome.REVIEW, "2026-11-19T10:00:00Z"),
                step(Outcome.FILED, "2026-11-20T10:00:00Z"));

        List<FinishedDocument> found = new FinishedDocuments(jdbc).since(since);

        assertThat(found).containsExactlyInAnyOrder(
                new FinishedDocument("KONTOAUSZUG", Instant.parse("2026-11-21T10:00:00Z"), true),
                new FinishedDocument("KONTOAUSZUG", Instant.parse("2026-11-21T10:00:00Z"), false),
                new FinishedDocument("LOHNABRECHNUNG", Instant.parse("2026-11-23T10:00:00Z"), false),
                new FinishedDocument(null, Instant.parse("2026-11-23T11:00:00Z"), false));
    }

    private void document(String id, String type, Outcome status, HistoryEntry... history) {
        ledger.saveDocument(new DocumentRecord(id, "in-" + id, List.of(1), status, type, List.of(), null,
                List.of(history)));
    }

    private static HistoryEntry step(Outcome status, String at) {
        return new HistoryEntry(Instant.parse(at), status, "test", null);
    }

    private String input(String batchId, String name, Outcome status, String reason, int pages) throws Exception {
        String id = UUID.randomUUID().toString();
        store.put(StoreKeys.original(id), id.getBytes(StandardCharsets.UTF_8));
        ledger.saveInput(new InputRecord(id, name, "upload", "sha-" + id, 10, Instant.now(), status, reason, null,
                null, pages, List.of(new HistoryEntry(Instant.now(), status,
                "test", null)), batchId));
        return id;
    }
}
