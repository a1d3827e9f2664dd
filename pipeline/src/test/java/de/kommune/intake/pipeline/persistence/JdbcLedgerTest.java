package de.kommune.intake.pipeline.persistence;

import de.kommune.intake.pipeline.ledger.DocumentRecord;
import de.kommune.intake.pipeline.ledger.HistoryEntry;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.model.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database ledger against a real (embedded) PostgreSQL, with the same contract as the file ledger. */
class JdbcLedgerTest {

    private static final String SHA = "9c5e0b1f3a7d4e2c8b6a5f4e3d2c1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    private static final Instant RECEIVED = Instant.parse("2025-03-01T09:14:03.123456Z");

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private JdbcLedger ledger;

    @BeforeEach
    void setUp() throws Exception {
        TestDatabase.truncateAll();
        ledger = newLedger();
    }

    private JdbcLedger newLedger() throws Exception {
        return new JdbcLedger(TestDatabase.jdbc(), TestDatabase.tx(), json);
    }

    private static InputRecord input(String id, String fileName) {
        return new InputRecord(id, fileName, "upload", SHA, 1234, RECEIVED, Outcome.RECEIVED, null, null, null, 0,
                List.of(new HistoryEntry(RECEIVED, Outcome.RECEIVED, "intake", "upload")));
    }

    private static DocumentRecord document(String id, String inputId) {
        return new DocumentRecord(id, inputId, List.of(2, 3), Outcome.PROCESSING, null, List.of(), null,
                List.of(new HistoryEntry(RECEIVED, Outcome.PROCESSING, "ocr", "2 page(s)")));
    }

    /** PostgreSQL keeps microseconds; Instant.now() can carry nanoseconds. */
    private static void assertSame(Object actual, Object expected) {
        assertThat(actual).usingRecursiveComparison()
                .withEqualsForType((a, b) -> Duration.between(a, b).abs().toNanos() < 1000, Instant.class)
                .isEqualTo(expected);
    }

    @Test
    void firstClaimOfContentWinsAcrossLedgerInstances() throws Exception {
        assertThat(ledger.claimContent(SHA, "input-1")).isEqualTo("input-1");
        assertThat(newLedger().claimContent(SHA, "input-2")).isEqualTo("input-1");
        assertThat(ledger.claimContent(SHA.replace('9', '8'), "input-2")).isEqualTo("input-2");
    }

    @Test
    void concurrentClaimsAgreeOnOneOwner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 30; round++) {
                String sha = String.format("%064x", round);
                CyclicBarrier start = new CyclicBarrier(4);
                List<Future<String>> owners = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    String id = "input-" + t;
                    owners.add(pool.submit(() -> {
                        start.await();
                        return ledger.claimContent(sha, id);
                    }));
                }
                Set<String> seen = new HashSet<>();
                for (Future<String> f : owners) {
                    seen.add(f.get());
                }
                assertThat(seen).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void recordsWithTheirHistoryRoundTrip() throws Exception {
        InputRecord in = input("input-1", "scans/brief.pdf").split(List.of("doc-1", "doc-2"), 4);
        DocumentRecord doc = document("doc-1", "input-1")
                .finished(Outcome.REVIEW, "KONTOAUSZUG", List.of("INVALID_IBAN"), "leistung:42", "deliver");
        ledger.saveInput(in);
        ledger.saveInput(input("input-0", "a.pdf"));
        ledger.saveDocument(doc);

        JdbcLedger other = newLedger();
        assertSame(other.input("input-1").orElseThrow(), in);
        assertSame(other.document("doc-1").orElseThrow(), doc);
        assertThat(other.document("doc-1").orElseThrow().history()).extracting(HistoryEntry::status)
                .containsExactly(Outcome.PROCESSING, Outcome.REVIEW);
        assertThat(other.inputs()).extracting(InputRecord::inputId).containsExactly("input-0", "input-1");
        assertThat(other.input("input-2")).isEmpty();
        assertThat(other.document("doc-2")).isEmpty();
    }

    @Test
    void updateAppendsHistoryAndRejectionKeepsItsReason() {
        ledger.saveInput(input("input-1", "a.pdf"));

        ledger.updateInput("input-1", r -> r.with(Outcome.PROCESSING, "intake", "application/pdf"));
        InputRecord rejected = ledger.updateInput("input-1", r -> r.rejected("CORRUPT", "damaged", "ocr"));

        assertSame(ledger.input("input-1").orElseThrow(), rejected);
        assertThat(rejected.history()).extracting(HistoryEntry::stage).containsExactly("intake", "intake", "ocr");
        assertThat(rejected.rejectReason()).isEqualTo("CORRUPT");
    }

    @Test
    void updateOfAMissingRecordFails() {
        assertThatThrownBy(() -> ledger.updateInput("nope", r -> r)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ledger.updateDocument("nope", d -> d)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void concurrentUpdatesFromSeveralLedgersKeepEveryHistoryEntry() throws Exception {
        ledger.saveDocument(document("doc-1", "input-1"));
        JdbcLedger[] processes = {ledger, newLedger(), newLedger(), newLedger()};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                JdbcLedger own = processes[t];
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        String detail = "t" + thread + "-" + i;
                        own.updateDocument("doc-1", d -> d.with(Outcome.PROCESSING, "analyze", detail));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<HistoryEntry> history = ledger.document("doc-1").orElseThrow().history();
        assertThat(history).hasSize(41);
        assertThat(history.stream().map(HistoryEntry::detail).distinct()).hasSize(41);
    }
}
