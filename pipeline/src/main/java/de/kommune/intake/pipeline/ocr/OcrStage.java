package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.delivery.InputCompletion;
import de.kommune.intake.pipeline.intake.MediaTypeDetector;
import de.kommune.intake.pipeline.intake.Rejections;
import de.kommune.intake.pipeline.ledger.DocumentRecord;
import de.kommune.intake.pipeline.ledger.HistoryEntry;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.model.InputRejectedException;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.model.PageResult;
import de.kommune.intake.pipeline.model.RejectReason;
import de.kommune.intake.pipeline.ocr.preprocess.PreprocessSettings;
import de.kommune.intake.pipeline.store.ContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.ObjectMapper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Second stage: turns an input into page texts (text layer, office text or OCR), finds separator sheets and cuts
 * the input into documents. Each finished page is stored at once, so a worker killed mid-file resumes at the
 * next page instead of starting over.
 */
public final class OcrStage {

    public record Settings(int renderDpi, int minTextLayerChars, long maxPixels, int maxPages,
                           int retryRotationBelowConfidence, String separatorBarcode, PreprocessSettings preprocess) {

        public Settings {
            preprocess = preprocess == null ? PreprocessSettings.NONE : preprocess;
        }

        /** Without preprocessing beyond grey conversion and resampling. */
        public Settings(int renderDpi, int minTextLayerChars, long maxPixels, int maxPages,
                        int retryRotationBelowConfidence, String separatorBarcode) {
            this(renderDpi, minTextLayerChars, maxPixels, maxPages, retryRotationBelowConfidence, separatorBarcode,
                    PreprocessSettings.NONE);
        }
    }

    private final ContentStore store;
    private final Ledger ledger;
    private final InputCompletion completion;
    private final Rejections rejections;
    private final OcrEngine engine;
    private final ObjectMapper json;
    private final Settings settings;
    private final ExecutorService pagePool;
    private final int maxPagesInFlight;
    private final PagePreparer preparer;
    private final MediaTypeDetector detector = new MediaTypeDetector();
    private final BarcodeScanner barcodes = new BarcodeScanner();
    private final StepClock clock;
    private final Counter pagesOcr;
    private final Counter pagesText;

    public OcrStage(ContentStore store, Ledger ledger, Rejections rejections, OcrEngine engine, ObjectMapper json,
                    Settings settings, MeterRegistry meters) {
        this(store, ledger, rejections, engine, json, settings, meters, null, 1);
    }

    /**
     * @param pagePool threads that recognise pages (one Tesseract engine each); {@code null} = in the caller
     * @param poolSize the pool's thread count, bounding the page images held in memory per input
     */
    public OcrStage(ContentStore store, Ledger ledger, Rejections rejections, OcrEngine engine, ObjectMapper json,
                    Settings settings, MeterRegistry meters, ExecutorService pagePool, int poolSize) {
        this.pagePool = pagePool;
        this.maxPagesInFlight = poolSize + 1;
        this.store = store;
        this.ledger = ledger;
        this.completion = new InputCompletion(ledger);
        this.rejections = rejections;
        this.engine = engine;
        this.json = json;
        this.settings = settings;
        this.clock = new StepClock(meters);
        this.preparer = new PagePreparer(settings.preprocess(), engine.datapath(), clock);
        this.pagesOcr = Counter.builder("intake.pages").tag("source", "ocr").description("pages OCR'd").register(meters);
        this.pagesText = Counter.builder("intake.pages").tag("source", "text").description("pages with text, no OCR")
                .register(meters);
    }

    public List<DocumentTicket> process(InputTicket ticket) throws IOException {
        Optional<InputRecord> record = ledger.input(ticket.inputId());
        if (record.isEmpty() || record.get().status().terminal()) {
            return List.of();
        }
        if (record.get().documentIds() != null) {
            return pendingTickets(ticket, record.get()); // redelivery after a crash past the split
        }
        try {
            if (ticket.mediaType() == null) {
                ticket = ticket.withMediaType(detector.detect(store.localFile(StoreKeys.original(ticket.inputId()))));
            }
            List<PageResult> pages = readPages(ticket);
            List<List<Integer>> documents = DocumentSplitter.split(pages);
            if (documents.isEmpty()) {
                rejections.reject(ticket, RejectReason.EMPTY, "The file contains only separator sheets.", "ocr");
                return List.of();
            }
            return registerDocuments(ticket, documents, pages.size());
        } catch (InputRejectedException e) {
            rejections.reject(ticket, e.reason(), e.getMessage(), "ocr");
            return List.of();
        }
    }

    /**
     * Pages are read from the source one at a time in this thread (PDF renderers are not thread-safe) and
     * recognised on the shared page pool, so a 300-page scan keeps every core busy while at most a few page images
     * are in memory at once.
     */
    private List<PageResult> readPages(InputTicket ticket) throws IOException {
        PageWindow<PageResult> pages = new PageWindow<>(pagePool, maxPagesInFlight);
        try (PageSource source = PageSources.open(store.localFile(StoreKeys.original(ticket.inputId())),
                ticket.mediaType(), settings.renderDpi(), settings.minTextLayerChars(), settings.maxPixels())) {
            if (source.pageCount() > settings.maxPages()) {
                throw new InputRejectedException(RejectReason.TOO_MANY_PAGES, "The file has " + source.pageCount()
                        + " pages; the limit is " + settings.maxPages() + ".");
            }
            if (source.pageCount() == 0) {
                throw new InputRejectedException(RejectReason.CORRUPT, "The file has no pages.");
            }
            for (int i = 0; i < source.pageCount(); i++) {
                String key = StoreKeys.pageResult(ticket.inputId(), i + 1);
                if (store.exists(key)) {
                    pages.addDone(json.readValue(store.read(key), PageResult.class));
                    continue;
                }
                pages.awaitSlot();
                long t = clock.now();
                SourcePage page = source.page(i);
                clock.record("read", t);
                int pageNo = i + 1;
                pages.submit(() -> {
                    PageResult result = readPage(ticket.inputId(), pageNo, page);
                    store.put(key, json.writeValueAsBytes(result));
                    return result;
                });
            }
            return pages.results();
        } catch (IOException | RuntimeException e) {
            pages.cancelAll();
            throw e;
        }
    }

    private PageResult readPage(String inputId, int pageNo, SourcePage page) throws IOException {
        if (page instanceof SourcePage.Text text) {
            pagesText.increment();
            return new PageResult(pageNo, text.text(), List.of(), text.origin(), 100, 0, 0, 0, List.of(), false,
                    List.of());
        }
        PagePreparer.Prepared prepared = preparer.prepare((SourcePage.Image) page);
        List<String> codes = clock.time("barcodes", () -> barcodes.scan(prepared.image()));
        boolean separator = codes.stream().anyMatch(c -> c.endsWith(":" + settings.separatorBarcode()));
        List<String> corrections = new ArrayList<>(prepared.corrections());
        // bilevel: the source was 1-bit, or the page holds only black and white. Such a page is packed to 1 bit
        // once: Tesseract reads it without thresholding again, and it is stored as CCITT G4 for the PDF.
        boolean bilevel = prepared.bilevel() || PageImages.isBilevel(prepared.image());
        BufferedImage image = prepared.image();
        BufferedImage ocrImage = bilevel ? PageImages.toBinary(image) : image;
        RecognizedPage recognized;
        if (separator) {
            recognized = new RecognizedPage("", List.of(), 100);
        } else {
            pagesOcr.increment();
            BufferedImage upright = ocrImage;
            recognized = clock.time("recognize", () -> engine.recognize(upright));
            if (recognized.meanConfidence() < settings.retryRotationBelowConfidence()) {
                BufferedImage turned = Images.rotate(image, 180);
                BufferedImage turnedOcr = bilevel ? PageImages.toBinary(turned) : turned;
                RecognizedPage second = clock.time("recognize.turned", () -> engine.recognize(turnedOcr));
                if (second.meanConfidence() > recognized.meanConfidence() + 10) {
                    recognized = second;
                    image = turned;
                    ocrImage = turnedOcr;
                    corrections.add("rotate:180");
                }
            }
            BufferedImage source = ocrImage;
            recognized = readAgain(recognized, InterleavedColumn::mayHold, "recognize.block", "info-block-reread",
                    corrections, p -> InterleavedColumn.reread(source, p, engine::recognizeBlock));
            recognized = readAgain(recognized, MachineReadableZone::mayHoldZone, "recognize.zone", "mrz-reread",
                    corrections, p -> MachineReadableZone.reread(source, p, engine::recognizeMachineReadableZone));
            recognized = readAgain(recognized, KundennummerLetter::mayHold, "recognize.code", "kundennummer-letter",
                    corrections, p -> KundennummerLetter.reread(source, p, engine));
        }
        long t = clock.now();
        store.put(StoreKeys.pageImage(inputId, pageNo),
                PageImages.encode(ocrImage, bilevel)); // a 1-bit ocrImage goes into G4 as it is
        clock.record("store-image", t);
        return new PageResult(pageNo, recognized.text(), recognized.words(), PageResult.OCR,
                recognized.meanConfidence(), image.getWidth(), image.getHeight(), prepared.dpi(), codes, separator,
                corrections);
    }

    /**
     * A part of the page read a second time, when the first reading shows it may need it: timed as {@code step},
     * and on success recorded as {@code correction}. The page as read otherwise.
     */
    private RecognizedPage readAgain(RecognizedPage page, Predicate<RecognizedPage> mayNeed, String step,
                                     String correction, List<String> corrections,
                                     Function<RecognizedPage, Optional<RecognizedPage>> second) {
        if (!mayNeed.test(page)) {
            return page;
        }
        Optional<RecognizedPage> read = clock.time(step, () -> second.apply(page));
        read.ifPresent(p -> corrections.add(correction));
        return read.orElse(page);
    }

    private List<DocumentTicket> registerDocuments(InputTicket ticket, List<List<Integer>> documents, int pageCount) {
        List<DocumentTicket> tickets = new ArrayList<>();
        for (List<Integer> pages : documents) {
            String id = documentId(ticket.sha256(), pages);
            tickets.add(new DocumentTicket(id, ticket, pages));
            if (ledger.document(id).isEmpty()) {
                ledger.saveDocument(new DocumentRecord(id, ticket.inputId(), pages, Outcome.PROCESSING, null,
                        List.of(), null, List.of(new HistoryEntry(Instant.now(), Outcome.PROCESSING, "ocr",
                        pages.size() + " page(s)"))));
            }
        }
        // Two copies of an input's message (a redelivery after a crash and the batch's resume) can be read by two
        // OCR workers at once; the one that splits second must not set an input its twin already finished back to
        // PROCESSING. The check runs under the ledger's lock.
        ledger.updateInput(ticket.inputId(), r -> r.documentIds() != null || r.status().terminal() ? r
                : r.split(tickets.stream().map(DocumentTicket::documentId).toList(), pageCount));
        return tickets;
    }

    private List<DocumentTicket> pendingTickets(InputTicket ticket, InputRecord record) {
        List<DocumentTicket> tickets = new ArrayList<>();
        for (String id : record.documentIds()) {
            ledger.document(id).filter(d -> !d.status().terminal())
                    .ifPresent(d -> tickets.add(new DocumentTicket(id, ticket, d.pages())));
        }
        if (tickets.isEmpty()) {
            // Every document finished, but a crash came before the input was marked so (a review decision, which
            // no message carries, can be the last one): the batch's resume completes it.
            completion.documentFinished(ticket.inputId());
        }
        return tickets;
    }

    /** Same content and pages give the same id, so reprocessing overwrites instead of duplicating. */
    static String documentId(String sha256, List<Integer> pages) {
        return UUID.nameUUIDFromBytes((sha256 + ":" + pages).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
