package de.kommune.intake.pipeline.ledger;

import de.kommune.intake.pipeline.model.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileLedgerTest {

    private static final String SHA = "9c5e0b1f3a7d4e2c8b6a5f4e3d2c1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    private static final Instant RECEIVED = Instant.parse("2025-03-01T09:14:03.123456Z");

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @TempDir
    Path root;

    private FileLedger ledger;

    @BeforeEach
    void setUp() {
        ledger = new FileLedger(root, json);
    }

    private static InputRecord input(String id, String fileName) {
        return new InputRecord(id, fileName, "batch", SHA, 1234, RECEIVED, Outcome.RECEIVED, null, null, null, 0,
                List.of(new HistoryEntry(RECEIVED, Outcome.RECEIVED, "intake", "batch")));
    }

    private static DocumentRecord document(String id, String inputId) {
        return new DocumentRecord(id, inputId, List.of(2, 3), Outcome.PROCESSING, null, List.of(), null,
                List.of(new HistoryEntry(RECEIVED, Outcome.PROCESSING, "ocr", "2 page(s)")));
    }

    @Test
    void claimContentFirstClaimWinsAndLaterClaimsGetTheOwner() {
        assertThat(ledger.claimContent(SHA, "input-1")).isEqualTo("input-1");
        assertThat(ledger.claimContent(SHA, "input-2")).isEqualTo("input-1");
        assertThat(ledger.claimContent(SHA, "input-1")).isEqualTo("input-1");
        assertThat(ledger.claimContent(SHA.replace('9', '8'), "input-2")).isEqualTo("input-2");
    }

    @Test
    void aClaimMovesOnlyFromItsOwner() {
        ledger.claimContent(SHA, "input-1");

        ledger.transferClaim(SHA, "input-2", "input-3");
        assertThat(ledger.claimContent(SHA, "input-4")).as("input-2 never owned it").isEqualTo("input-1");
        ledger.transferClaim(SHA, "input-1", "input-3");
        assertThat(new FileLedger(root, json).claimContent(SHA, "input-4")).isEqualTo("input-3");
    }

    @Test
    void theBatchIdIsKeptAndRecordsWithoutOneStillRead() throws Exception {
        InputRecord in = input("input-1", "a.pdf");
        ledger.saveInput(new InputRecord(in.inputId(), in.fileName(), in.channel(), in.sha256(), in.size(),
                in.receivedAt(), in.status(), null, null, null, 0, in.history(), "batch-7"));

        InputRecord updated = ledger.updateInput("input-1", r -> r.with(Outcome.PROCESSING, "intake", "x")
                .rejected("CORRUPT", "damaged", "ocr"));
        assertThat(updated.batchId()).isEqualTo("batch-7");
        assertThat(ledger.input("input-1").orElseThrow().batchId()).isEqualTo("batch-7");

        // A record written before batches existed has no batchId field.
        Path old = root.resolve("inputs").resolve("input-2");
        String written = json.writeValueAsString(input("input-2", "b.pdf")).replace(",\"batchId\":null", "");
        assertThat(written).doesNotContain("batchId");
        Files.writeString(old, written);
        assertThat(ledger.input("input-2").orElseThrow().batchId()).isNull();
    }

    @Test
    void claimContentIsSharedBetweenLedgerInstancesOnTheSameFolder() {
        ledger.claimContent(SHA, "input-1");

        assertThat(new FileLedger(root, json).claimContent(SHA, "input-2")).isEqualTo("input-1");
    }

    @Test
    void concurrentClaimsFromSeveralLedgerInstancesAllAgreeOnOneOwner() throws Exception {
        int threads = 4;
        FileLedger[] processes = new FileLedger[threads];
        for (int t = 0; t < threads; t++) {
            processes[t] = new FileLedger(root, json); // as if each were another process on the shared folder
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 200; round++) {
                String sha = String.format("%064x", round);
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<String>> owners = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    FileLedger own = processes[t];
                    String id = "input-" + t;
                    owners.add(pool.submit(() -> {
                        start.await();
                        return own.claimContent(sha, id);
                    }));
                }
                Set<String> seen = new HashSet<>();
                for (Future<String> f : owners) {
                    seen.add(f.get());
                }
                assertThat(seen).as("owners of content %s", sha).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void saveAndReadInputAndDocument() {
        InputRecord in = input("input-1", "scans/brief.pdf");
        DocumentRecord doc = document("doc-1", "input-1");

        ledger.saveInput(in);
        ledger.saveDocument(doc);

        assertThat(ledger.input("input-1")).contains(in);
        assertThat(ledger.document("doc-1")).contains(doc);
        assertThat(ledger.input("input-2")).isEmpty();
        assertThat(ledger.document("doc-2")).isEmpty();
    }

    @Test
    void recordsSurviveANewLedgerInstanceOnTheSameFolder() {
        InputRecord in = input("input-1", "scans/2025-03-01/brief_0007.jpg")
                .split(List.of("doc-1", "doc-2"), 4);
        DocumentRecord doc = document("doc-1", "input-1")
                .finished(Outcome.REVIEW, "KONTOAUSZUG", List.of("INVALID_IBAN"), "leistung:42", "deliver");
        ledger.saveInput(in);
        ledger.saveInput(input("input-0", "a.pdf"));
        ledger.saveDocument(doc);

        FileLedger reopened = new FileLedger(root, json);

        assertThat(reopened.input("input-1")).contains(in);
        assertThat(reopened.document("doc-1")).contains(doc);
        assertThat(reopened.document("doc-1").orElseThrow().history()).hasSize(2);
        assertThat(reopened.inputs()).extracting(InputRecord::inputId).containsExactly("input-0", "input-1");
    }

    @Test
    void inputsListsEveryInputAndSkipsStrayTempFiles() throws Exception {
        ledger.saveInput(input("b", "b.pdf"));
        ledger.saveInput(input("a", "a.pdf"));
        Files.writeString(root.resolve("inputs").resolve(".a.1234.tmp"), "{half a rec");

        assertThat(ledger.inputs()).extracting(InputRecord::fileName).containsExactly("a.pdf", "b.pdf");
    }

    @Test
    void saveLeavesNoTempFilesBehind() throws Exception {
        ledger.saveInput(input("input-1", "a.pdf"));
        ledger.updateInput("input-1", r -> r.with(Outcome.PROCESSING, "intake", "application/pdf"));
        ledger.saveDocument(document("doc-1", "input-1"));

        try (Stream<Path> files = Stream.concat(Files.list(root.resolve("inputs")), Files.list(root.resolve("documents")))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("input-1", "doc-1");
        }
    }

    @Test
    void updateInputAppliesTheChangeStoresAndReturnsIt() {
        ledger.saveInput(input("input-1", "a.pdf"));

        InputRecord updated = ledger.updateInput("input-1", r -> r.with(Outcome.PROCESSING, "intake", "application/pdf"));

        assertThat(updated.status()).isEqualTo(Outcome.PROCESSING);
        assertThat(ledger.input("input-1")).contains(updated);
        assertThat(updated.history()).extracting(HistoryEntry::stage).containsExactly("intake", "intake");
    }

    @Test
    void updateOfAMissingRecordFails() {
        assertThatThrownBy(() -> ledger.updateInput("nope", r -> r)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ledger.updateDocument("nope", d -> d)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void concurrentInputUpdatesFromSeveralThreadsKeepEveryHistoryEntry() throws Exception {
        ledger.saveInput(input("input-1", "a.pdf"));
        int threads = 4;
        int perThread = 25;

        runConcurrently(threads, t -> () -> {
            for (int i = 0; i < perThread; i++) {
                String detail = "t" + t + "-" + i;
                ledger.updateInput("input-1", r -> r.with(Outcome.PROCESSING, "ocr", detail));
            }
            return null;
        });

        List<HistoryEntry> history = ledger.input("input-1").orElseThrow().history();
        assertThat(history).hasSize(1 + threads * perThread);
        assertThat(history.stream().map(HistoryEntry::detail).filter(d -> d.startsWith("t")).distinct())
                .hasSize(threads * perThread);
    }

    @Test
    void concurrentDocumentUpdatesFromSeveralThreadsKeepEveryHistoryEntry() throws Exception {
        ledger.saveDocument(document("doc-1", "input-1"));
        ledger.saveDocument(document("doc-2", "input-1"));
        int threads = 4;
        int perThread = 20;

        runConcurrently(threads, t -> () -> {
            for (int i = 0; i < perThread; i++) {
                String id = i % 2 == 0 ? "doc-1" : "doc-2";
                ledger.updateDocument(id, d -> d.with(Outcome.PROCESSING, "analyze", "x"));
            }
            return null;
        });

        assertThat(ledger.document("doc-1").orElseThrow().history()).hasSize(1 + threads * perThread / 2);
        assertThat(ledger.document("doc-2").orElseThrow().history()).hasSize(1 + threads * perThread / 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "a/b", "a\\b", "", "with space", "dot.ted", "..", "ümlaut",
            "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"})
    void invalidIdsAreRefused(String id) {
        assertThatThrownBy(() -> ledger.input(id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.document(id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.claimContent(id, "input-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.saveInput(input(id, "a.pdf"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.saveDocument(document(id, "input-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(root.getParent().resolve("escape")).doesNotExist();
    }

    @Test
    void uuidsAndHexHashesAreValidIds() {
        String uuid = "4f1c2e9a-0b3d-4c5e-8f70-112233445566";
        ledger.saveInput(input(uuid, "a.pdf"));

        assertThat(ledger.input(uuid)).isPresent();
        assertThat(ledger.claimContent(SHA, uuid)).isEqualTo(uuid);
    }

    private interface TaskFactory {
        Callable<Void> task(int thread);
    }

    private static void runConcurrently(int threads, TaskFactory factory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<Void> task = factory.task(t);
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<Void> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
