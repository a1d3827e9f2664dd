package de.kommune.intake.connector.cmis;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.ContentSource;
import de.kommune.intake.connector.spi.DeliveryResult;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.FieldValue;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.tck.SampleDocuments;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** What the kit does not cover: folders per BG number, type and property mapping, a server outage mid-run. */
@ExtendWith(InMemoryCmisServerExtension.class)
class CmisConnectorTest {

    private static InMemoryCmisServer server;
    private static CmisTestRepository repository;

    private final SampleDocuments samples = new SampleDocuments();
    private final List<DmsConnector> connectors = new ArrayList<>();

    @BeforeAll
    static void connect(InMemoryCmisServer shared) {
        server = shared;
        repository = new CmisTestRepository(server.browserUrl());
    }

    @AfterEach
    void closeConnectors() {
        connectors.forEach(DmsConnector::close);
        assertThat(samples.streamProblems()).isEmpty();
    }

    private DmsConnector connector(Map<String, String> settings) throws Exception {
        DmsConnector c = new CmisConnectorProvider().create(ConnectorSettings.of("test", settings));
        connectors.add(c);
        return c;
    }

    private static String delivered(DeliveryResult result) {
        assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
        return ((DeliveryResult.Delivered) result).targetId();
    }

    @Test
    void filesOneFolderPerBgNumberAndDocumentTypeAndUsesTheFallbackWithoutCaseKey() throws Exception {
        String root = CmisTestSettings.freshRoot("akten");
        DmsConnector c = connector(CmisTestSettings.forRoot(server.browserUrl(), root));
        FiledDocument first = samples.builder().caseKey("11111BG0000001").build();
        FiledDocument second = samples.builder().caseKey("11111BG0000001").documentType("MIETVERTRAG")
                .fields(Map.of()).build();
        FiledDocument other = samples.builder().caseKey("22222BG0000002").build();
        FiledDocument noCase = samples.builder().caseKey(null).documentType("SONSTIGES").fields(Map.of()).build();
        for (FiledDocument doc : List.of(first, second, other, noCase)) {
            delivered(c.deliver(doc));
        }

        assertThat(repository.folderNamesIn(root))
                .containsExactlyInAnyOrder("11111BG0000001", "22222BG0000002", "ohne-Akte");
        assertThat(repository.folderNamesIn(root + "/11111BG0000001"))
                .containsExactlyInAnyOrder("KONTOAUSZUG", "MIETVERTRAG");
        assertThat(names(repository.documentsIn(root + "/11111BG0000001/KONTOAUSZUG")))
                .containsExactly(first.id() + ".pdf");
        assertThat(names(repository.documentsIn(root + "/11111BG0000001/MIETVERTRAG")))
                .containsExactly(second.id() + ".pdf");
        assertThat(names(repository.documentsIn(root + "/22222BG0000002/KONTOAUSZUG")))
                .containsExactly(other.id() + ".pdf");
        assertThat(names(repository.documentsIn(root + "/ohne-Akte/SONSTIGES")))
                .containsExactly(noCase.id() + ".pdf");
    }

    @Test
    void mapsDocumentTypesToObjectTypesAndFieldsToTypedProperties() throws Exception {
        String root = CmisTestSettings.freshRoot("typen");
        DmsConnector c = connector(CmisTestSettings.forRoot(server.browserUrl(), root));
        FiledDocument kontoauszug = samples.kontoauszug();
        FiledDocument mietvertrag = samples.withUmlauts();

        Document k = repository.document(delivered(c.deliver(kontoauszug)));
        Document m = repository.document(delivered(c.deliver(mietvertrag)));

        assertThat(k.getType().getId()).isEqualTo(CmisTestRepository.KONTOAUSZUG);
        Map<String, Object> kv = CmisTestRepository.values(k);
        assertThat(kv).containsEntry("intake:iban", "DE89370400440532013000")
                .containsEntry("intake:accountHolder", "Erika Mustermann")
                .containsEntry("intake:bgNumber", "12345BG0012345")
                .containsEntry("intake:documentId", kontoauszug.id())
                .containsEntry("intake:documentType", "KONTOAUSZUG")
                .containsEntry("intake:sourceFileName", "scans/2025-03-01/kontoauszug_0007.pdf")
                .containsEntry("intake:reviewRequired", false);
        assertThat((BigDecimal) kv.get("intake:closingBalance")).isEqualByComparingTo("1234.56");
        assertThat(((GregorianCalendar) kv.get("intake:periodFrom")).toZonedDateTime()
                .withZoneSameInstant(ZoneId.of("Europe/Berlin")).toLocalDate()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(((GregorianCalendar) kv.get("intake:receivedAt")).toInstant())
                .isEqualTo(SampleDocuments.RECEIVED_AT);
        assertThat(k.getContentStreamMimeType()).isEqualTo("application/pdf");

        // MIETVERTRAG has no type-mapping entry: the default type, which has no Kontoauszug properties.
        assertThat(m.getType().getId()).isEqualTo(CmisTestRepository.DOKUMENT);
        Map<String, Object> mv = CmisTestRepository.values(m);
        assertThat(mv).containsEntry("intake:tenantName", SampleDocuments.NAME_WITH_UMLAUTS)
                .containsEntry("intake:landlordName", SampleDocuments.SENDER_WITH_EURO)
                .doesNotContainKeys("intake:closingBalance", "intake:bgNumber");
        assertThat((BigDecimal) mv.get("intake:baseRent")).isEqualByComparingTo("1234.56");
    }

    @Test
    void attachesConfiguredSecondaryTypesAndFillsTheirProperties() throws Exception {
        Map<String, String> settings = CmisTestSettings.forRoot(server.browserUrl(), CmisTestSettings.freshRoot("sek"));
        settings.put("property-mapping.aktenzeichen", "intake:aktenzeichen");
        DmsConnector without = connector(settings);
        settings.put("secondary-types", CmisTestRepository.LEISTUNGSAKTE);
        DmsConnector with = connector(settings);
        Map<String, FieldValue> fields = Map.of("aktenzeichen", new FieldValue("AZ 2025/17-Ü", 0.9, 1),
                "tenantName", new FieldValue("Erika Mustermann", 0.9, 1));

        Document plain = repository.document(delivered(without.deliver(
                samples.builder().documentType("MIETVERTRAG").fields(fields).build())));
        Document tagged = repository.document(delivered(with.deliver(
                samples.builder().documentType("MIETVERTRAG").fields(fields).build())));

        assertThat(plain.getSecondaryTypes()).isNullOrEmpty();
        assertThat(CmisTestRepository.values(plain)).doesNotContainKey("intake:aktenzeichen")
                .containsEntry("intake:tenantName", "Erika Mustermann");
        assertThat(tagged.getSecondaryTypes()).extracting(t -> t.getId()).containsExactly(CmisTestRepository.LEISTUNGSAKTE);
        assertThat(CmisTestRepository.values(tagged)).containsEntry("intake:aktenzeichen", "AZ 2025/17-Ü")
                .containsEntry("intake:tenantName", "Erika Mustermann");
    }

    @Test
    void aVersionableTypeKeepsOneTargetIdAcrossRedeliveries() throws Exception {
        Map<String, String> settings = CmisTestSettings.forRoot(server.browserUrl(), CmisTestSettings.freshRoot("ver"));
        settings.put("type-mapping.SONSTIGES", "VersionableType"); // one of the InMemory server's built-in types
        DmsConnector c = connector(settings);
        SampleDocuments.Builder builder = samples.builder().documentType("SONSTIGES").fields(Map.of());

        String first = delivered(c.deliver(builder.build()));
        String again = delivered(connector(settings).deliver(builder.build()));

        assertThat(again).isEqualTo(first);
        Document stored = (Document) repository.byPath(settings.get("folder-template")
                .replace("{caseKey}", "12345BG0012345").replace("{documentType}", "SONSTIGES") + "/"
                + builder.build().id() + ".pdf").orElseThrow();
        assertThat(stored.getType().getId()).isEqualTo("VersionableType");
        assertThat(stored.getVersionSeriesId()).isEqualTo(first);
        assertThat(stored.getAllVersions()).hasSize(1);
    }

    @Test
    void aFieldThatDoesNotFitItsPropertyTypeIsRejectedWithoutTheValueInTheReason() throws Exception {
        DmsConnector c = connector(CmisTestSettings.forRoot(server.browserUrl(), CmisTestSettings.freshRoot("typ")));
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        fields.put("closingBalance", new FieldValue("1.234,56 EUR", 0.6, 1));
        FiledDocument doc = samples.builder().fields(fields).build();

        DeliveryResult result = c.deliver(doc);

        assertThat(result).isInstanceOf(DeliveryResult.Rejected.class);
        assertThat(((DeliveryResult.Rejected) result).reason()).contains("closingBalance", "intake:closingBalance")
                .doesNotContain("1.234,56");
        assertThat(repository.findByDocumentId(doc.id())).isEmpty();
    }

    @Test
    void documentsForANewBgNumberFromSeveralThreadsCreateItsFolderOnce() throws Exception {
        String root = CmisTestSettings.freshRoot("wettlauf");
        DmsConnector c = connector(CmisTestSettings.forRoot(server.browserUrl(), root));
        int threads = 6;
        List<FiledDocument> docs = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            docs.add(samples.builder().caseKey("33333BG0000003").build());
        }
        List<DeliveryResult> results = concurrently(threads, t -> c.deliver(docs.get(t)));

        results.forEach(CmisConnectorTest::delivered);
        assertThat(repository.folderNamesIn(root)).containsExactly("33333BG0000003");
        assertThat(repository.folderNamesIn(root + "/33333BG0000003")).containsExactly("KONTOAUSZUG");
        assertThat(repository.documentsIn(root + "/33333BG0000003/KONTOAUSZUG")).hasSize(threads);
    }

    @Test
    void severalConnectorInstancesDeliveringTheSameDocumentAtOnceFileItOnce() throws Exception {
        Map<String, String> settings = CmisTestSettings.forRoot(server.browserUrl(),
                CmisTestSettings.freshRoot("zwei-instanzen"));
        for (int round = 0; round < 5; round++) {
            // Separate instances, as for two targets on one repository. The InMemory server does not enforce unique
            // names under concurrency (without the connector's JVM-wide lock this test files three copies).
            List<DmsConnector> instances = List.of(connector(settings), connector(settings), connector(settings));
            SampleDocuments.Builder builder = samples.builder().pdf(SampleDocuments.generatedPdf(512 * 1024));
            List<FiledDocument> copies = List.of(builder.build(), builder.build(), builder.build());

            List<DeliveryResult> results = concurrently(3, t -> instances.get(t).deliver(copies.get(t)));

            assertThat(results.stream().map(CmisConnectorTest::delivered).distinct()).hasSize(1);
            assertThat(repository.findByDocumentId(copies.get(0).id())).hasSize(1);
        }
    }

    @Test
    void anOutageMidRunGivesRetryLaterAndTheRetryAfterTheServerIsBackDeliversOnce() throws Exception {
        String root = CmisTestSettings.freshRoot("ausfall");
        DmsConnector c = connector(CmisTestSettings.forRoot(server.browserUrl(), root));
        FiledDocument before = samples.kontoauszug();
        String beforeId = delivered(c.deliver(before));

        // The server goes away while a 16 MiB upload is running: after 1 MiB the content source cuts the connection.
        AtomicBoolean cut = new AtomicBoolean();
        CountDownLatch disconnected = new CountDownLatch(1);
        ContentSource large = SampleDocuments.generatedPdf(16L * 1024 * 1024);
        ContentSource cutting = cutAfter(large, 1024 * 1024, () -> {
            if (cut.compareAndSet(false, true)) {
                Thread stopper = new Thread(() -> {
                    try {
                        server.disconnect();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    } finally {
                        disconnected.countDown();
                    }
                });
                stopper.start();
                await(disconnected);
            }
        });
        SampleDocuments.Builder builder = samples.builder();
        FiledDocument duringOutage = builder.pdf(cutting).build();
        try {
            DeliveryResult interrupted = c.deliver(duringOutage);
            assertThat(cut).as("the outage happened during the upload").isTrue();
            assertThat(interrupted).isInstanceOf(DeliveryResult.RetryLater.class);
            assertThat(((DeliveryResult.RetryLater) interrupted).reason()).contains("not reachable");

            DeliveryResult whileDown = c.deliver(builder.pdf(large).build());
            assertThat(whileDown).isInstanceOf(DeliveryResult.RetryLater.class);
            assertThat(c.check().up()).isFalse();
        } finally {
            server.reconnect();
        }

        assertThat(c.check().up()).isTrue();
        FiledDocument retried = builder.pdf(large).build();
        String retriedId = delivered(c.deliver(retried));
        assertThat(delivered(c.deliver(builder.pdf(large).build()))).isEqualTo(retriedId);
        assertThat(repository.findByDocumentId(retried.id())).hasSize(1);
        try (InputStream in = repository.findByDocumentId(retried.id()).get(0).pdf().open()) {
            assertThat(SampleDocuments.sha256(in)).isEqualTo(SampleDocuments.sha256(large));
        }
        assertThat(delivered(c.deliver(before))).as("the document filed before the outage").isEqualTo(beforeId);
    }

    @Test
    void theAtomPubBindingFilesTheSameWay() throws Exception {
        String root = CmisTestSettings.freshRoot("atompub");
        Map<String, String> settings = CmisTestSettings.forRoot(server.atomPubUrl(), root);
        settings.put("binding", "atompub");
        DmsConnector c = connector(settings);
        FiledDocument doc = samples.withUmlauts();

        String id = delivered(c.deliver(doc));

        assertThat(delivered(c.deliver(doc))).isEqualTo(id);
        assertThat(repository.findByDocumentId(doc.id())).hasSize(1);
        Document stored = repository.document(id);
        assertThat(CmisTestRepository.values(stored))
                .containsEntry("intake:sourceFileName", SampleDocuments.FILE_NAME_WITH_UMLAUTS)
                .containsEntry("intake:tenantName", SampleDocuments.NAME_WITH_UMLAUTS);
        try (InputStream in = repository.session().getContentStream(stored).getStream()) {
            assertThat(SampleDocuments.sha256(in)).isEqualTo(SampleDocuments.sha256(doc.pdf()));
        }
        assertThat(c.check().up()).isTrue();
    }

    @Test
    void withoutRepositoryIdTheFirstRepositoryIsUsed() throws Exception {
        Map<String, String> settings = CmisTestSettings.forRoot(server.browserUrl(), CmisTestSettings.freshRoot("erstes"));
        settings.remove("repository-id");
        DmsConnector c = connector(settings);
        FiledDocument doc = samples.kontoauszug();

        delivered(c.deliver(doc));

        assertThat(repository.findByDocumentId(doc.id())).hasSize(1);
        assertThat(c.check().detail()).contains("'" + InMemoryCmisServer.REPOSITORY_ID + "'");
    }

    @Test
    void anUnknownRepositoryIdIsReportedDownByCheck() throws Exception {
        Map<String, String> settings = CmisTestSettings.forRoot(server.browserUrl(), "/x");
        settings.put("repository-id", "NO-SUCH-REPOSITORY");

        assertThat(connector(settings).check().up()).isFalse();
    }

    @Test
    void aFolderPathTakenByADocumentIsRejected() throws Exception {
        String root = CmisTestSettings.freshRoot("belegt");
        Map<String, String> settings = CmisTestSettings.forRoot(server.browserUrl(), root);
        settings.put("folder-template", root + "/{caseKey}");
        DmsConnector c = connector(settings);
        // The first document's name, 44444BG0000004.pdf, is not the folder name 44444BG0000004: no clash here.
        FiledDocument blocker = samples.builder().id("44444BG0000004").caseKey(null).build();
        delivered(c.deliver(blocker));
        Folder fallback = (Folder) repository.byPath(root + "/ohne-Akte").orElseThrow();
        assertThat(fallback.getChildren()).hasSize(1);

        // A document where the case folder should be: the repository's tree, not the connector, is at fault.
        Map<String, Object> props = Map.of("cmis:objectTypeId", "cmis:document", "cmis:name", "55555BG0000005");
        ((Folder) repository.byPath(root).orElseThrow()).createDocument(props, null, null);
        DeliveryResult result = c.deliver(samples.builder().caseKey("55555BG0000005").build());

        assertThat(result).isInstanceOf(DeliveryResult.Rejected.class);
        assertThat(((DeliveryResult.Rejected) result).reason()).doesNotContain("55555BG0000005");
    }

    private static List<String> names(List<Document> documents) {
        return documents.stream().map(CmisObject::getName).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("server disconnected").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code action} once when {@code after} bytes of the source have been read, then keeps reading. */
    private static ContentSource cutAfter(ContentSource source, long after, Runnable action) {
        return new ContentSource() {
            @Override
            public InputStream openStream() throws IOException {
                InputStream in = source.openStream();
                return new InputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        byte[] one = new byte[1];
                        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        if (read >= after) {
                            action.run();
                        }
                        int n = in.read(b, off, len);
                        if (n > 0) {
                            read += n;
                        }
                        return n;
                    }

                    @Override
                    public void close() throws IOException {
                        in.close();
                    }
                };
            }

            @Override
            public long size() {
                return source.size();
            }

            @Override
            public String mediaType() {
                return source.mediaType();
            }
        };
    }

    @FunctionalInterface
    private interface PerThread {
        DeliveryResult run(int thread) throws Exception;
    }

    private static List<DeliveryResult> concurrently(int threads, PerThread task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<DeliveryResult>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<DeliveryResult> call = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return task.run(thread);
                };
                futures.add(pool.submit(call));
            }
            List<DeliveryResult> results = new ArrayList<>();
            for (Future<DeliveryResult> f : futures) {
                results.add(f.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
