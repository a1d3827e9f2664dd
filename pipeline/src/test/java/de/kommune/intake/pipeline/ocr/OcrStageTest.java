package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.config.IntakeProperties;
import de.kommune.intake.pipeline.intake.IntakeService;
import de.kommune.intake.pipeline.intake.IntakeStage;
import de.kommune.intake.pipeline.intake.MediaTypeDetector;
import de.kommune.intake.pipeline.intake.Rejections;
import de.kommune.intake.pipeline.intake.TicketPublisher;
import de.kommune.intake.pipeline.ledger.DocumentRecord;
import de.kommune.intake.pipeline.ledger.FileLedger;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.model.PageResult;
import de.kommune.intake.pipeline.store.FileContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import de.kommune.intake.pipeline.system.ImageIoSetup;
import de.kommune.intake.samples.BadInput;
import de.kommune.intake.samples.DocumentLabel;
import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.GeneratedDocument;
import de.kommune.intake.samples.SampleLabel;
import de.kommune.intake.samples.SampleSet;
import de.kommune.intake.samples.channel.BadInputWriter;
import de.kommune.intake.samples.channel.BatchWriter;
import de.kommune.intake.samples.channel.BornDigitalWriter;
import de.kommune.intake.samples.channel.Output;
import de.kommune.intake.samples.channel.SeparatorSheet;
import de.kommune.intake.samples.render.ImageFiles;
import de.kommune.intake.samples.render.Rasterizer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The OCR stage with the real Tesseract, real files and a real content store and ledger. */
class OcrStageTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final OcrStage.Settings SETTINGS = new OcrStage.Settings(300, 40, 60_000_000L, 500, 55, "PATCHT");

    @TempDir
    static Path dir;

    private static OcrEngine engine;
    private static GeneratedDocument letter;
    private static GeneratedDocument statement;
    private static SampleLabel batchLabel;
    private static Path batchFile;
    private static Run first;

    /** One pipeline data folder: store, ledger, rejected folder, and the stages up to OCR. */
    private static final class Run {
        final FileContentStore store;
        final FileLedger ledger;
        final Path rejected;
        final Rejections rejections;
        final IntakeService intake;
        final IntakeStage intakeStage;
        final SimpleMeterRegistry meters = new SimpleMeterRegistry();
        final OcrStage ocr;

        Run(Path root, OcrStage.Settings settings) {
            store = new FileContentStore(root.resolve("store"));
            ledger = new FileLedger(root.resolve("ledger"), JSON);
            rejected = root.resolve("rejected");
            rejections = new Rejections(store, ledger, rejected, JSON);
            intake = new IntakeService(store, ledger, new TicketPublisher() {
                @Override
                public void publish(InputTicket ticket) {
                }

                @Override
                public void resume(InputTicket ticket) {
                }
            });
            intakeStage = new IntakeStage(store, ledger, rejections, new MediaTypeDetector(),
                    new IntakeProperties.Limits(DataSize.ofMegabytes(50), 500, 60_000_000L));
            ocr = new OcrStage(store, ledger, rejections, engine, JSON, settings, meters);
        }

        /** Takes the file in and through the intake stage, as the routes do. */
        InputTicket receive(Path file, String name) throws IOException {
            InputTicket received = intake.submit(file, name, "batch", UUID.randomUUID().toString());
            List<InputTicket> next = intakeStage.process(received);
            assertThat(next).as("intake of %s", name).hasSize(1);
            return next.get(0);
        }

        PageResult page(InputTicket ticket, int page) throws IOException {
            return JSON.readValue(store.read(StoreKeys.pageResult(ticket.inputId(), page)), PageResult.class);
        }

        double pages(String source) {
            return meters.get("intake.pages").tag("source", source).counter().count();
        }
    }

    private static InputTicket firstTicket;
    private static List<DocumentTicket> firstDocuments;

    @BeforeAll
    static void runTheBatchOnce() throws IOException {
        ImageIoSetup.prefer();
        engine = new OcrEngine(null, "deu+eng");
        assertThat(engine.missingLanguages()).isEmpty();
        letter = SampleSet.document(DocumentType.KUENDIGUNG, 21, true);
        statement = SampleSet.document(DocumentType.KONTOAUSZUG, 7, true);
        // seed 15: G4 PDF, separator sheets with Code 128 and QR, one also in front of the first document
        batchLabel = BatchWriter.write(List.of(letter, statement), "batch_0001", new Output(dir.resolve("gen")),
                new Random(15));
        assertThat(batchLabel.notes()).containsEntry("format", "pdf_g4").containsEntry("leadingSeparator", true);
        assertThat(batchLabel.separatorPages()).containsExactly(1, 3);
        batchFile = dir.resolve("gen/inputs").resolve(batchLabel.file());

        first = new Run(dir.resolve("run1"), SETTINGS);
        firstTicket = first.receive(batchFile, "batch/batch_0001.pdf");
        firstDocuments = first.ocr.process(firstTicket);
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aBatchIsCutAtTheSeparatorSheetsWhichAreDropped() {
        assertThat(firstDocuments).extracting(DocumentTicket::sourcePages)
                .containsExactlyElementsOf(batchLabel.documents().stream().map(DocumentLabel::pages).toList())
                .containsExactly(List.of(2), List.of(4));
        assertThat(firstDocuments).allSatisfy(d -> assertThat(d.input().inputId()).isEqualTo(firstTicket.inputId()));
    }

    @Test
    void separatorPagesAreMarkedAndNotOcrd() throws IOException {
        for (int p : batchLabel.separatorPages()) {
            PageResult page = first.page(firstTicket, p);
            assertThat(page.separator()).isTrue();
            assertThat(page.barcodes()).anyMatch(c -> c.endsWith(":PATCHT"));
            assertThat(page.words()).isEmpty();
        }
        assertThat(first.pages("ocr")).isEqualTo(2.0);
    }

    @Test
    void documentPagesCarryTheirRecognisedText() throws IOException {
        PageResult letterPage = first.page(firstTicket, 2);
        PageResult statementPage = first.page(firstTicket, 4);

        assertThat(letterPage.separator()).isFalse();
        assertThat(letterPage.source()).isEqualTo(PageResult.OCR);
        assertThat(letterPage.text()).containsIgnoringCase("Kündigung");
        assertThat(statementPage.text()).contains("Kontoauszug");
        assertThat(statementPage.text().replaceAll("\\s", "")).contains(statement.fields().get("iban"));
        assertThat(statementPage.confidence()).isGreaterThan(70);
        assertThat(statementPage.dpi()).isEqualTo(300);
        assertThat(statementPage.words()).isNotEmpty().allSatisfy(w -> {
            assertThat(w.left() + w.width()).isLessThanOrEqualTo(statementPage.imageWidth());
            assertThat(w.top() + w.height()).isLessThanOrEqualTo(statementPage.imageHeight());
        });
        assertThat(statementPage.corrections()).contains("embedded-image:300dpi"); // a scanner's PDF: not rendered
    }

    @Test
    void everyPageImageIsStoredAtItsRecordedSize() throws IOException {
        for (int p = 1; p <= batchLabel.pageCount(); p++) {
            PageResult page = first.page(firstTicket, p);
            BufferedImage img = PageImages.decode(first.store.read(StoreKeys.pageImage(firstTicket.inputId(), p)));
            assertThat(img.getWidth()).isEqualTo(page.imageWidth());
            assertThat(img.getHeight()).isEqualTo(page.imageHeight());
        }
    }

    @Test
    void theLedgerKnowsTheSplitAndTheDocuments() {
        InputRecord input = first.ledger.input(firstTicket.inputId()).orElseThrow();

        assertThat(input.documentIds()).containsExactlyElementsOf(
                firstDocuments.stream().map(DocumentTicket::documentId).toList());
        assertThat(input.pages()).isEqualTo(4);
        assertThat(input.status()).isEqualTo(Outcome.PROCESSING);
        for (DocumentTicket t : firstDocuments) {
            DocumentRecord doc = first.ledger.document(t.documentId()).orElseThrow();
            assertThat(doc.pages()).isEqualTo(t.sourcePages());
            assertThat(doc.inputId()).isEqualTo(firstTicket.inputId());
            assertThat(doc.status()).isEqualTo(Outcome.PROCESSING);
        }
    }

    @Test
    void aTwinMessageThatReadTheInputBeforeTheSplitLeavesTheFinishedInputFinished() throws IOException {
        // The race seen after a crash: the redelivered message and the batch's resume copy are read by the two OCR
        // workers before either has split the input; one finishes the whole input, then the other splits too.
        Run run = new Run(dir.resolve("run-twins"), SETTINGS);
        InputTicket ticket = run.receive(batchFile, "batch/batch_0001.pdf");
        InputRecord beforeSplit = run.ledger.input(ticket.inputId()).orElseThrow();
        List<DocumentTicket> documents = run.ocr.process(ticket);
        for (DocumentTicket d : documents) {
            run.ledger.updateDocument(d.documentId(),
                    r -> r.finished(Outcome.FILED, "KUENDIGUNG", List.of(), "default:x", "deliver"));
        }
        run.ledger.updateInput(ticket.inputId(), r -> r.with(Outcome.FILED, "deliver", "2 document(s)"));
        Ledger staleForTheTwin = new de.kommune.intake.pipeline.ledger.ForwardingLedger(run.ledger) {
            @Override
            public java.util.Optional<InputRecord> input(String inputId) {
                return java.util.Optional.of(beforeSplit);
            }
        };
        OcrStage twin = new OcrStage(run.store, staleForTheTwin, run.rejections, engine, JSON, SETTINGS,
                new SimpleMeterRegistry());

        twin.process(ticket);

        InputRecord input = run.ledger.input(ticket.inputId()).orElseThrow();
        assertThat(input.status()).isEqualTo(Outcome.FILED);
        assertThat(input.history()).last().satisfies(h -> assertThat(h.status()).isEqualTo(Outcome.FILED));
        for (DocumentTicket d : documents) {
            assertThat(run.ledger.document(d.documentId()).orElseThrow().status()).isEqualTo(Outcome.FILED);
        }
    }

    @Test
    void documentIdsDependOnContentAndPagesOnly() {
        assertThat(firstDocuments).extracting(DocumentTicket::documentId).containsExactly(
                OcrStage.documentId(firstTicket.sha256(), List.of(2)),
                OcrStage.documentId(firstTicket.sha256(), List.of(4)));
        assertThat(OcrStage.documentId("abc", List.of(1, 2))).isEqualTo(OcrStage.documentId("abc", List.of(1, 2)))
                .isNotEqualTo(OcrStage.documentId("abc", List.of(1)))
                .isNotEqualTo(OcrStage.documentId("abd", List.of(1, 2)));
    }

    @Test
    void aSecondIndependentRunOfTheSameFileGivesTheSameDocuments() throws IOException {
        Run second = new Run(dir.resolve("run2"), SETTINGS);
        InputTicket ticket = second.receive(batchFile, "nochmal/batch_0001.pdf");

        List<DocumentTicket> documents = second.ocr.process(ticket);

        assertThat(ticket.inputId()).isNotEqualTo(firstTicket.inputId());
        assertThat(documents).extracting(DocumentTicket::documentId)
                .containsExactlyElementsOf(firstDocuments.stream().map(DocumentTicket::documentId).toList());
        assertThat(documents).extracting(DocumentTicket::sourcePages).containsExactly(List.of(2), List.of(4));
    }

    @Test
    void aRedeliveredTicketAfterTheSplitReturnsThePendingDocumentsWithoutNewOcr() throws IOException {
        double ocrBefore = first.pages("ocr");

        List<DocumentTicket> again = first.ocr.process(firstTicket);

        assertThat(again).isEqualTo(firstDocuments);
        assertThat(first.pages("ocr")).isEqualTo(ocrBefore);
    }

    @Test
    void aResumedTicketCompletesAnInputWhoseDocumentsAllFinishedBeforeACrash() throws IOException {
        Run run = new Run(dir.resolve("run-finished-docs"), SETTINGS);
        InputTicket ticket = run.receive(batchFile, "batch/batch_0001.pdf");
        List<DocumentTicket> documents = run.ocr.process(ticket);
        // Both documents were decided (the last one in review), then the process died before the input was marked.
        run.ledger.updateDocument(documents.get(0).documentId(),
                r -> r.finished(Outcome.FILED, "KUENDIGUNG", List.of(), "default:x", "deliver"));
        run.ledger.updateDocument(documents.get(1).documentId(),
                r -> r.finished(Outcome.REVIEW, "KUENDIGUNG", List.of("LOW_OCR_CONFIDENCE"), null, "review"));
        assertThat(run.ledger.input(ticket.inputId()).orElseThrow().status()).isEqualTo(Outcome.PROCESSING);

        assertThat(run.ocr.process(ticket)).isEmpty(); // the batch's resume after the restart

        assertThat(run.ledger.input(ticket.inputId()).orElseThrow().status()).isEqualTo(Outcome.REVIEW);
    }

    @Test
    void aWorkerKilledAfterSomePagesResumesFromTheStoredPages() throws IOException {
        // Simulate: pages were stored, but the worker died before the split reached the ledger.
        Run resumed = new Run(dir.resolve("resume"), SETTINGS);
        InputTicket ticket = resumed.receive(batchFile, "batch/batch_0001.pdf");
        for (int p = 1; p <= 4; p++) {
            resumed.store.put(StoreKeys.pageResult(ticket.inputId(), p),
                    first.store.read(StoreKeys.pageResult(firstTicket.inputId(), p)));
        }

        List<DocumentTicket> documents = resumed.ocr.process(ticket);

        assertThat(resumed.pages("ocr")).isZero();
        assertThat(documents).extracting(DocumentTicket::documentId)
                .containsExactlyElementsOf(firstDocuments.stream().map(DocumentTicket::documentId).toList());
    }

    @Test
    void aBornDigitalPdfKeepsItsTextLayerAndStaysOneDocument() throws IOException {
        GeneratedDocument twoPages = SampleSet.document(DocumentType.MIETVERTRAG, 42);
        assertThat(twoPages.pages()).hasSizeGreaterThan(1);
        Path root = dir.resolve("born");
        BornDigitalWriter.write(twoPages, "brief", new Output(root), new Random(2), LocalDate.of(2025, 3, 1));
        Run run = new Run(root.resolve("data"), SETTINGS);
        InputTicket ticket = run.receive(root.resolve("inputs/born-digital/brief.pdf"), "brief.pdf");

        List<DocumentTicket> documents = run.ocr.process(ticket);

        List<Integer> all = new ArrayList<>();
        for (int p = 1; p <= twoPages.pages().size(); p++) {
            all.add(p);
            PageResult page = run.page(ticket, p);
            assertThat(page.source()).isEqualTo(PageResult.TEXT_LAYER);
            assertThat(page.confidence()).isEqualTo(100.0);
            assertThat(page.hasImage()).isFalse();
            assertThat(run.store.exists(StoreKeys.pageImage(ticket.inputId(), p))).isFalse();
        }
        assertThat(documents).singleElement().satisfies(d -> assertThat(d.sourcePages()).isEqualTo(all));
        assertThat(run.pages("ocr")).isZero();
        assertThat(run.pages("text")).isEqualTo(twoPages.pages().size());
    }

    @Test
    void anEncryptedPdfIsRejected() throws IOException {
        Path root = dir.resolve("enc");
        BadInputWriter.write(BadInput.ENCRYPTED, letter, new Output(root), new Random(1));
        Run run = new Run(root.resolve("data"), SETTINGS);
        InputTicket ticket = run.receive(root.resolve("inputs/bad/passwortgeschuetzt.pdf"), "bad/passwortgeschuetzt.pdf");

        assertThat(run.ocr.process(ticket)).isEmpty();

        assertThat(reason(run, "bad/passwortgeschuetzt.pdf").get("reason").asString()).isEqualTo("ENCRYPTED");
        InputRecord record = run.ledger.input(ticket.inputId()).orElseThrow();
        assertThat(record.status()).isEqualTo(Outcome.REJECTED);
        assertThat(record.documentIds()).isNull();
        // a redelivery of the rejected input does nothing
        assertThat(run.ocr.process(ticket)).isEmpty();
    }

    @Test
    void morePagesThanTheLimitAreRejected() throws IOException {
        Run run = new Run(dir.resolve("limit"), new OcrStage.Settings(300, 40, 60_000_000L, 3, 55, "PATCHT"));
        InputTicket ticket = run.receive(batchFile, "batch/gross.pdf");

        assertThat(run.ocr.process(ticket)).isEmpty();

        JsonNode reason = reason(run, "batch/gross.pdf");
        assertThat(reason.get("reason").asString()).isEqualTo("TOO_MANY_PAGES");
        assertThat(reason.get("message").asString()).contains("4").contains("3");
        assertThat(run.pages("ocr")).isZero();
    }

    @Test
    void aFileOfOnlySeparatorSheetsIsRejectedAsEmpty() throws IOException {
        List<BufferedImage> sheets = Rasterizer.render(List.of(SeparatorSheet.page(SeparatorSheet.Kind.CODE128,
                new Random(1)), SeparatorSheet.page(SeparatorSheet.Kind.QR, new Random(2))), 150, false);
        Path file = dir.resolve("nur_trennblaetter.pdf");
        ImageFiles.writeImagePdf(sheets, 150, ImageFiles.PdfImageMode.JPEG, 0.9f, "Scanner", file);
        Run run = new Run(dir.resolve("separators"), SETTINGS);
        InputTicket ticket = run.receive(file, "nur_trennblaetter.pdf");

        assertThat(run.ocr.process(ticket)).isEmpty();

        assertThat(reason(run, "nur_trennblaetter.pdf").get("reason").asString()).isEqualTo("EMPTY");
        assertThat(run.pages("ocr")).isZero();
    }

    @Test
    void anUpsideDownScanIsTurnedAndTheTurnRecorded() throws IOException {
        BufferedImage upright = Images.toGray(Rasterizer.render(letter.pages(), 200, false).get(0));
        Path file = dir.resolve("kopfueber.png");
        javax.imageio.ImageIO.write(Images.rotate(upright, 180), "png", file.toFile());
        Run run = new Run(dir.resolve("upside"), SETTINGS);
        InputTicket ticket = run.receive(file, "kopfueber.png");

        List<DocumentTicket> documents = run.ocr.process(ticket);

        assertThat(documents).hasSize(1);
        PageResult page = run.page(ticket, 1);
        assertThat(page.corrections()).contains("rotate:180");
        assertThat(page.corrections()).anyMatch(c -> c.startsWith("dpi-estimated:"));
        assertThat(page.text()).containsIgnoringCase("Kündigung");
        assertThat(page.confidence()).isGreaterThan(70);
    }

    @Test
    void anInputNotInTheLedgerOrAlreadyFinishedIsSkipped() throws IOException {
        Run run = new Run(dir.resolve("skip"), SETTINGS);
        InputTicket unknown = new InputTicket(UUID.randomUUID().toString(), "x.pdf", "batch", "00", 1,
                java.time.Instant.now(), MediaTypeDetector.PDF);
        InputTicket ticket = run.receive(batchFile, "batch/fertig.pdf");
        run.ledger.updateInput(ticket.inputId(), r -> r.with(Outcome.FILED, "deliver", "done"));

        assertThat(run.ocr.process(unknown)).isEmpty();
        assertThat(run.ocr.process(ticket)).isEmpty();
        assertThat(run.pages("ocr")).isZero();
        assertThat(run.store.exists(StoreKeys.pageResult(ticket.inputId(), 1))).isFalse();
    }

    private static JsonNode reason(Run run, String name) throws IOException {
        return JSON.readTree(Files.readString(run.rejected.resolve(name + ".reason.json")));
    }
}
