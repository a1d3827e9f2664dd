package de.kommune.intake.connector.tck;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.ContentSource;
import de.kommune.intake.connector.spi.DeliveryResult;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.DmsConnectorProvider;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.spi.HealthStatus;
import de.kommune.intake.connector.spi.InvalidSettingsException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Base class for {@link DmsConnector} compatibility tests. To prove that a connector keeps the SPI's contract, write
 * a test class that extends this kit and implements the hooks:
 *
 * <pre>{@code
 * class AcmeArchiveConnectorCompatibilityTest extends DmsConnectorCompatibilityKit {
 *     protected DmsConnectorProvider provider() { return new AcmeArchiveProvider(); }
 *     protected ConnectorSettings settings(Path workDir) {
 *         return ConnectorSettings.of("tck", Map.of("root", workDir.resolve("archive").toString()));
 *     }
 *     protected TargetProbe probe(Path workDir) { return doc -> ... look into workDir/archive ...; }
 * }
 * }</pre>
 *
 * <p>Optional hooks switch on more tests: {@link #unavailableSettings(Path)} (an unreachable target),
 * {@link #documentTheTargetRejects(SampleDocuments)} (a document the target refuses) and
 * {@link #invalidSettings(Path)} (settings the provider must refuse). Tests whose hook is not implemented are
 * reported as skipped ("aborted"), with the hook to implement.
 *
 * <p>Each test gets a fresh, empty {@code workDir}; the kit checks that the connector never writes outside it,
 * closes every stream it opened, and never throws from {@code deliver}.
 */
public abstract class DmsConnectorCompatibilityKit {

    // ------------------------------------------------------------------------------------------------------------
    // Hooks

    /** The provider under test. */
    protected abstract DmsConnectorProvider provider();

    /**
     * Settings for a reachable, empty target whose data lives in (or is tied to) {@code workDir}. The directory
     * exists and is empty; the hook may create files in it or set up a test server (stop it in your own
     * {@code @AfterEach}). Asked at most once per test.
     */
    protected abstract ConnectorSettings settings(Path workDir) throws Exception;

    /** Looks into the target configured by {@link #settings(Path)} without going through the connector. */
    protected abstract TargetProbe probe(Path workDir) throws Exception;

    /**
     * Settings that the provider accepts but whose target cannot be reached now (server down, share not mounted,
     * folder not writable). {@code null} (the default) skips the tests that need one. Asked at most once per test.
     */
    protected ConnectorSettings unavailableSettings(Path workDir) throws Exception {
        return null;
    }

    /**
     * Settings the provider must refuse with an {@link InvalidSettingsException}. By default, no settings at all;
     * override if your connector needs none, or to add cases (typos, bad numbers, unknown keys).
     */
    protected List<ConnectorSettings> invalidSettings(Path workDir) throws Exception {
        return List.of(ConnectorSettings.of("tck-invalid", Map.of()));
    }

    /**
     * A document your target refuses for a reason a person must look at (too large, wrong type, unknown case),
     * built with {@code samples} so its streams are tracked. {@code null} (the default) skips that test.
     */
    protected FiledDocument documentTheTargetRejects(SampleDocuments samples) throws Exception {
        return null;
    }

    /** How long {@code check()} may take. */
    protected Duration checkTimeout() {
        return Duration.ofSeconds(5);
    }

    /** Size of the large document, 50 MiB by default; it is generated while read, never held in memory. */
    protected long largeDocumentSize() {
        return 50L * 1024 * 1024;
    }

    /** Threads used by the concurrency tests. */
    protected int threads() {
        return 4;
    }

    // ------------------------------------------------------------------------------------------------------------
    // State for one test

    @TempDir
    Path tckTempDir;

    private Path workDir;
    private SampleDocuments samples;
    private ConnectorSettings settings;
    private ConnectorSettings unavailable;
    private boolean unavailableAsked;
    private DmsConnector connector;
    private final List<DmsConnector> created = new CopyOnWriteArrayList<>();

    @BeforeEach
    void tckSetUp() throws IOException {
        // Nested a few levels deep so that an escape with "../" lands in tckTempDir, where the kit can see it.
        workDir = Files.createDirectories(tckTempDir.resolve("a/b/c/d/e/f/work"));
        samples = new SampleDocuments();
    }

    @AfterEach
    void tckTearDown() {
        List<Throwable> closeFailures = new ArrayList<>();
        for (DmsConnector c : created) {
            try {
                c.close();
            } catch (RuntimeException e) {
                closeFailures.add(e);
            }
        }
        assertThat(closeFailures).as("DmsConnector.close() must not throw").isEmpty();
        assertThat(samples.streamProblems())
                .as("the connector must close every stream it opened and not read after closing").isEmpty();
    }

    /** The work directory of the running test. */
    protected final Path workDir() {
        return workDir;
    }

    /** The document factory of the running test; its streams are checked after the test. */
    protected final SampleDocuments samples() {
        return samples;
    }

    /** The connector built from {@link #settings(Path)}, created on first use and closed after the test. */
    protected final DmsConnector connector() throws Exception {
        if (connector == null) {
            connector = create(validSettings());
        }
        return connector;
    }

    /** {@link #settings(Path)}, asked once per test. */
    private ConnectorSettings validSettings() throws Exception {
        if (settings == null) {
            settings = settings(workDir);
            assertThat(settings).as("settings(workDir) returned null").isNotNull();
        }
        return settings;
    }

    /** {@link #unavailableSettings(Path)}, asked once per test; {@code null} when not implemented. */
    private ConnectorSettings downSettings() throws Exception {
        if (!unavailableAsked) {
            unavailable = unavailableSettings(workDir);
            unavailableAsked = true;
        }
        return unavailable;
    }

    /** Another connector instance on the same target, as after a restart of the pipeline. */
    protected final DmsConnector newConnector(ConnectorSettings settings) {
        return create(settings);
    }

    private DmsConnector create(ConnectorSettings settings) {
        try {
            DmsConnector c = provider().create(settings);
            assertThat(c).as("provider.create() returned null").isNotNull();
            created.add(c);
            return c;
        } catch (InvalidSettingsException e) {
            return fail("the provider refused settings the test considers valid: " + e.problems(), e);
        }
    }

    /** Calls {@code deliver} and fails the test if it throws or returns null: outcomes are returned, not thrown. */
    protected final DeliveryResult deliver(DmsConnector c, FiledDocument document) {
        DeliveryResult result;
        try {
            result = c.deliver(document);
        } catch (Exception e) {
            throw new AssertionError("deliver() threw " + e
                    + "; the contract is to return Delivered, Rejected or RetryLater", e);
        }
        assertThat(result).as("deliver() returned null").isNotNull();
        return result;
    }

    private List<StoredDocument> stored(FiledDocument document) throws Exception {
        List<StoredDocument> found = probe(workDir).find(document);
        return found == null ? List.of() : found;
    }

    /** Asserts the target holds exactly one copy of the document, with the PDF byte for byte, and returns it. */
    protected final StoredDocument assertStoredOnce(FiledDocument document) throws Exception {
        List<StoredDocument> found = stored(document);
        assertThat(found).as("documents in the target for id %s", document.id()).hasSize(1);
        StoredDocument doc = found.get(0);
        String actual;
        try (InputStream in = doc.pdf().open()) {
            actual = SampleDocuments.sha256(in);
        }
        assertThat(actual).as("SHA-256 of the stored PDF at %s", doc.location())
                .isEqualTo(SampleDocuments.sha256(document.pdf()));
        return doc;
    }

    private static DeliveryResult.Delivered assertDelivered(DeliveryResult result) {
        assertThat(result).as("delivery result").isInstanceOf(DeliveryResult.Delivered.class);
        DeliveryResult.Delivered delivered = (DeliveryResult.Delivered) result;
        assertThat(delivered.targetId()).as("Delivered.targetId").isNotBlank();
        return delivered;
    }

    private ConnectorSettings requireUnavailableSettings() throws Exception {
        ConnectorSettings down = downSettings();
        assumeTrue(down != null, "implement unavailableSettings(Path) to run this test");
        return down;
    }

    private HealthStatus timedCheck(DmsConnector c) {
        HealthStatus status = assertTimeoutPreemptively(checkTimeout(), c::check,
                () -> "check() must return within " + checkTimeout());
        assertThat(status).as("check() returned null").isNotNull();
        assertThat(status.detail()).as("HealthStatus.detail").isNotBlank();
        return status;
    }

    // ------------------------------------------------------------------------------------------------------------
    // The tests

    @Nested
    @DisplayName("Registration and settings")
    class Registration {

        @Test
        @DisplayName("the provider is registered in META-INF/services and found by ServiceLoader")
        void registeredForServiceLoader() {
            List<Class<?>> found = ServiceLoader.load(DmsConnectorProvider.class).stream()
                    .map(ServiceLoader.Provider::type).collect(Collectors.toList());
            assertThat(found).as("providers in META-INF/services/" + DmsConnectorProvider.class.getName())
                    .contains(provider().getClass());
        }

        @Test
        @DisplayName("the provider id is stable kebab-case")
        void idIsKebabCase() {
            String id = provider().id();
            assertThat(id).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*").isEqualTo(provider().id());
        }

        @Test
        @DisplayName("valid settings create a connector")
        void validSettingsCreateAConnector() throws Exception {
            assertThat(connector()).isNotNull();
        }

        @Test
        @DisplayName("invalid settings are refused with an InvalidSettingsException naming the target and each problem")
        void invalidSettingsAreReportedAsProblems() throws Exception {
            List<ConnectorSettings> cases = invalidSettings(workDir);
            assumeTrue(!cases.isEmpty(), "invalidSettings(Path) returned no cases");
            for (ConnectorSettings bad : cases) {
                Throwable thrown = null;
                try {
                    created.add(provider().create(bad));
                } catch (Throwable t) {
                    thrown = t;
                }
                assertThat(thrown).as("create(%s) must throw InvalidSettingsException", describe(bad))
                        .isInstanceOf(InvalidSettingsException.class);
                InvalidSettingsException e = (InvalidSettingsException) thrown;
                assertThat(e.problems()).as("problems for %s", describe(bad)).isNotEmpty().allSatisfy(
                        p -> assertThat(p).isNotBlank());
                assertThat(e.getMessage()).as("message names the target").contains(bad.targetName());
            }
        }

        @Test
        @DisplayName("a connector for an unreachable target can still be created (the pipeline must start while the DMS is down)")
        void unreachableTargetDoesNotFailCreation() throws Exception {
            ConnectorSettings settings = requireUnavailableSettings();
            assertThatCode(() -> newConnector(settings)).doesNotThrowAnyException();
        }

        private String describe(ConnectorSettings s) {
            return s.targetName() + s.keys().stream().sorted().map(k -> k + "=" + s.get(k).orElse(""))
                    .collect(Collectors.joining(", ", " {", "}"));
        }
    }

    @Nested
    @DisplayName("Delivery")
    class Delivery {

        @Test
        @DisplayName("a document is delivered and its PDF arrives byte for byte")
        void deliversPdfByteForByte() throws Exception {
            FiledDocument doc = samples.kontoauszug();
            assertDelivered(deliver(connector(), doc));
            assertStoredOnce(doc);
        }

        @Test
        @DisplayName("umlauts, ß and € in field values and the source file name survive")
        void umlautsSurvive() throws Exception {
            FiledDocument doc = samples.withUmlauts();
            assertDelivered(deliver(connector(), doc));
            String metadata = assertStoredOnce(doc).metadata();
            assertThat(metadata).as("metadata stored with the document")
                    .contains(SampleDocuments.NAME_WITH_UMLAUTS, SampleDocuments.ADDRESS_WITH_UMLAUTS,
                            SampleDocuments.SENDER_WITH_EURO)
                    .contains(fileNameOf(SampleDocuments.FILE_NAME_WITH_UMLAUTS));
        }

        private static String fileNameOf(String path) {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        @Test
        @DisplayName("a document without case key, original, fields or text is delivered or rejected, never an exception")
        void minimalDocument() throws Exception {
            FiledDocument doc = samples.minimal();
            DeliveryResult result = deliver(connector(), doc);
            assertThat(result).isNotInstanceOf(DeliveryResult.RetryLater.class);
            if (result instanceof DeliveryResult.Delivered) {
                assertStoredOnce(doc);
            } else {
                assertThat(((DeliveryResult.Rejected) result).reason()).isNotBlank();
            }
        }

        @Test
        @DisplayName("ids, types, case keys and file names cannot make the connector write outside its target")
        void nothingEscapesTheTarget() throws Exception {
            // The work directory is 7 levels below the kit's temp dir: 6 steps up from anywhere inside it stay
            // inside the temp dir, where an escape is visible (and harmless).
            String up = "../".repeat(6);
            FiledDocument doc = samples.builder().id(up + "tck-escaped-id").documentType(up + "TCK_ESCAPED_TYPE")
                    .caseKey(up + "tck-escaped-case").sourceFileName(up + "tck-escaped-file.pdf").build();
            DeliveryResult result = deliver(connector(), doc);
            assertThat(result).isNotInstanceOf(DeliveryResult.RetryLater.class);
            try (Stream<Path> all = Files.walk(tckTempDir)) {
                List<Path> outside = all.filter(p -> !p.startsWith(workDir)).filter(p -> !workDir.startsWith(p))
                        .toList();
                assertThat(outside).as("files written outside the work directory %s", workDir).isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("Idempotent redelivery")
    class Redelivery {

        @Test
        @DisplayName("delivering the same document twice keeps one document, both Delivered with the same target id")
        void sameDocumentTwice() throws Exception {
            FiledDocument doc = samples.kontoauszug();
            DeliveryResult.Delivered first = assertDelivered(deliver(connector(), doc));
            DeliveryResult.Delivered second = assertDelivered(deliver(connector(), doc));
            assertThat(second.targetId()).isEqualTo(first.targetId());
            assertStoredOnce(doc);
        }

        @Test
        @DisplayName("a redelivery after a restart (new connector instance, fresh streams) keeps one document")
        void redeliveryAfterRestart() throws Exception {
            SampleDocuments.Builder builder = samples.builder();
            DeliveryResult.Delivered first = assertDelivered(deliver(connector(), builder.build()));
            DmsConnector restarted = newConnector(validSettings());
            FiledDocument again = builder.build();
            DeliveryResult.Delivered second = assertDelivered(deliver(restarted, again));
            assertThat(second.targetId()).isEqualTo(first.targetId());
            assertStoredOnce(again);
        }

        @Test
        @DisplayName("different documents with equal content are two documents")
        void equalContentDifferentIds() throws Exception {
            FiledDocument one = samples.kontoauszug();
            FiledDocument two = samples.kontoauszug();
            DeliveryResult.Delivered first = assertDelivered(deliver(connector(), one));
            DeliveryResult.Delivered second = assertDelivered(deliver(connector(), two));
            assertThat(second.targetId()).isNotEqualTo(first.targetId());
            assertStoredOnce(one);
            assertStoredOnce(two);
        }
    }

    @Nested
    @DisplayName("Large documents")
    class LargeDocuments {

        @Test
        @DisplayName("a 50 MB document is streamed into the target, not loaded into memory")
        void largeDocumentIsStreamed() throws Exception {
            long size = largeDocumentSize();
            FiledDocument doc = samples.builder().pdf(SampleDocuments.generatedPdf(size)).build();
            DmsConnector c = connector();
            long before = allocatedBytes();
            DeliveryResult result = deliver(c, doc);
            long allocated = allocatedBytes() - before;
            assertDelivered(result);
            if (before >= 0) {
                assertThat(allocated).as("bytes allocated by deliver() on the calling thread for a %d byte PDF"
                        + " (a connector that reads the whole PDF into a byte[] allocates at least its size)", size)
                        .isLessThan(size / 4);
            }
            assertStoredOnce(doc);
        }

        private static long allocatedBytes() {
            ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            if (bean instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()
                    && sun.isThreadAllocatedMemoryEnabled()) {
                return sun.getCurrentThreadAllocatedBytes();
            }
            return -1;
        }
    }

    @Nested
    @DisplayName("Failures")
    class Failures {

        @Test
        @DisplayName("an unreachable target asks to retry later: never an exception, never Delivered")
        void unreachableTargetAsksForRetry() throws Exception {
            DmsConnector down = newConnector(requireUnavailableSettings());
            FiledDocument doc = samples.kontoauszug();
            DeliveryResult result = deliver(down, doc);
            assertThat(result).isInstanceOf(DeliveryResult.RetryLater.class);
            DeliveryResult.RetryLater retry = (DeliveryResult.RetryLater) result;
            assertThat(retry.reason()).isNotBlank();
            assertThat(retry.after()).as("RetryLater.after").isPositive();
        }

        @Test
        @DisplayName("content that fails while being read gives RetryLater and no half document; the retry then succeeds")
        void failingContentGivesRetryLater() throws Exception {
            SampleDocuments.Builder builder = samples.builder();
            ContentSource large = SampleDocuments.generatedPdf(4L * 1024 * 1024);
            FiledDocument broken = builder.pdf(SampleDocuments.failingAfter(large, 1024 * 1024)).build();
            DeliveryResult result = deliver(connector(), broken);
            assertThat(result).as("a content store failure is transient").isInstanceOf(DeliveryResult.RetryLater.class);
            assertThat(stored(broken)).as("documents visible in the target after a failed delivery").isEmpty();

            FiledDocument retried = builder.pdf(large).build();
            assertDelivered(deliver(connector(), retried));
            assertStoredOnce(retried);
        }

        @Test
        @DisplayName("a document the target refuses comes back as Rejected with a reason, never an exception, and is not stored")
        void rejectedIsReturned() throws Exception {
            DmsConnector c = connector();
            FiledDocument doc = documentTheTargetRejects(samples);
            assumeTrue(doc != null, "implement documentTheTargetRejects(SampleDocuments) to run this test");
            DeliveryResult result = deliver(c, doc);
            assertThat(result).isInstanceOf(DeliveryResult.Rejected.class);
            assertThat(((DeliveryResult.Rejected) result).reason()).isNotBlank();
            assertThat(stored(doc)).as("documents in the target after Rejected").isEmpty();
            assertThat(deliver(c, doc)).as("a second attempt").isInstanceOf(DeliveryResult.Rejected.class);
        }
    }

    @Nested
    @DisplayName("Health check")
    class Health {

        @Test
        @DisplayName("check() reports up for a reachable target within the timeout")
        void upWhenReachable() throws Exception {
            assertThat(timedCheck(connector()).up()).as("check().up() for a reachable target").isTrue();
        }

        @Test
        @DisplayName("check() reports down for an unreachable target within the timeout, never throws")
        void downWhenUnreachable() throws Exception {
            DmsConnector down = newConnector(requireUnavailableSettings());
            HealthStatus status = timedCheck(down);
            assertThat(status.up()).as("check().up() for an unreachable target").isFalse();
        }
    }

    @Nested
    @DisplayName("Streams")
    class Streams {

        @Test
        @DisplayName("the connector reads the PDF and closes every stream it opened, without reading after close")
        void closesWhatItOpens() throws Exception {
            FiledDocument doc = samples.kontoauszug();
            assertDelivered(deliver(connector(), doc));
            TrackingContentSource pdf = (TrackingContentSource) doc.pdf();
            assertThat(pdf.opened()).as("streams opened on the PDF").isPositive();
            for (TrackingContentSource s : samples.sources()) {
                assertThat(s.problems()).as(s.name()).isEmpty();
                assertThat(s.closed()).as("closed streams of %s", s.name()).isEqualTo(s.opened());
            }
        }

        @Test
        @DisplayName("streams are closed on the failure path too")
        void closesOnFailure() throws Exception {
            FiledDocument doc = samples.builder()
                    .pdf(SampleDocuments.failingAfter(SampleDocuments.generatedPdf(256 * 1024), 1000)).build();
            deliver(connector(), doc);
            ConnectorSettings down = downSettings();
            if (down != null) {
                deliver(newConnector(down), samples.kontoauszug());
            }
            assertThat(samples.streamProblems()).isEmpty();
        }
    }

    @Nested
    @DisplayName("Concurrency")
    class Concurrency {

        @Test
        @DisplayName("different documents delivered from several threads all arrive, each once")
        void differentDocumentsFromSeveralThreads() throws Exception {
            DmsConnector c = connector();
            int threads = threads();
            int perThread = 6;
            List<FiledDocument> docs = new ArrayList<>();
            for (int i = 0; i < threads * perThread; i++) {
                docs.add(i % 2 == 0 ? samples.kontoauszug() : samples.withUmlauts());
            }
            List<DeliveryResult> results = runConcurrently(threads, t -> {
                List<DeliveryResult> mine = new ArrayList<>();
                for (int i = t; i < docs.size(); i += threads) {
                    mine.add(deliver(c, docs.get(i)));
                }
                return mine;
            });
            Set<String> targetIds = new HashSet<>();
            for (DeliveryResult r : results) {
                targetIds.add(assertDelivered(r).targetId());
            }
            assertThat(targetIds).as("distinct target ids").hasSize(docs.size());
            for (FiledDocument doc : docs) {
                assertStoredOnce(doc);
            }
        }

        @Test
        @DisplayName("concurrent redeliveries of one document leave one complete document, complete whenever Delivered returns")
        void concurrentRedeliveriesOfOneDocument() throws Exception {
            DmsConnector c = connector();
            for (int round = 0; round < 10; round++) {
                FiledDocument doc = samples.builder().pdf(SampleDocuments.generatedPdf(2L * 1024 * 1024)).build();
                String expected = SampleDocuments.sha256(doc.pdf());
                List<DeliveryResult> results = runConcurrently(threads(), t -> {
                    // Staggered starts: when one delivery finishes, the others are half-way through theirs.
                    Thread.sleep(3L * t);
                    DeliveryResult r = deliver(c, doc);
                    if (r instanceof DeliveryResult.Delivered) {
                        // Delivered means stored: the document must be complete now, whatever the others do.
                        List<StoredDocument> now = stored(doc);
                        assertThat(now).as("documents in the target when Delivered returned").hasSize(1);
                        try (InputStream in = now.get(0).pdf().open()) {
                            assertThat(SampleDocuments.sha256(in))
                                    .as("stored PDF when Delivered returned (torn by a concurrent redelivery?)")
                                    .isEqualTo(expected);
                        }
                    }
                    return List.of(r);
                });
                assertThat(results).as("results of concurrent redeliveries")
                        .allSatisfy(r -> assertThat(r).isNotInstanceOf(DeliveryResult.Rejected.class))
                        .anySatisfy(r -> assertThat(r).isInstanceOf(DeliveryResult.Delivered.class));
                assertThat(results.stream().filter(DeliveryResult.Delivered.class::isInstance)
                        .map(r -> ((DeliveryResult.Delivered) r).targetId()).distinct())
                        .as("target ids of the Delivered results").hasSize(1);
                assertStoredOnce(doc);
            }
        }

        private List<DeliveryResult> runConcurrently(int threads, ThreadTask task) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<List<DeliveryResult>>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    Callable<List<DeliveryResult>> call = () -> {
                        start.await(10, TimeUnit.SECONDS);
                        return task.run(thread);
                    };
                    futures.add(pool.submit(call));
                }
                List<DeliveryResult> all = new ArrayList<>();
                for (Future<List<DeliveryResult>> f : futures) {
                    try {
                        all.addAll(f.get(2, TimeUnit.MINUTES));
                    } catch (java.util.concurrent.ExecutionException e) {
                        if (e.getCause() instanceof Error err) {
                            throw err;
                        }
                        throw e;
                    }
                }
                return all;
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @FunctionalInterface
    private interface ThreadTask {
        List<DeliveryResult> run(int thread) throws Exception;
    }
}
