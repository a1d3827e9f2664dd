package de.kommune.intake.connector.xdomea;

import de.kommune.intake.connector.spi.DeliveryResult;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.spi.HealthStatus;
import de.kommune.intake.connector.spi.PartFile;

import javax.xml.stream.XMLStreamException;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files each document as one xdomea 0605 message: {@code <ProzessID>_FVDaten.SGOAblegen.0605.zip} in the exchange
 * folder, holding the PDF/A ({@code <Dokument-UUID>.pdf}), the message XML ({@code <ProzessID>_FVDaten.SGOAblegen.0605.xml})
 * and, if configured, the index record ({@code <Dokument-UUID>_index.json}).
 *
 * <p>The zip is written as a {@link PartFile} (a temporary name of its own, swept at the first delivery when a killed
 * worker left it) and renamed into place, so the DMS import job never sees a half-written message, even while a
 * redelivery of the same document runs. The ProzessID derives from the idempotency key: a redelivery writes the same
 * zip name and replaces the earlier message.
 */
final class XdomeaConnector implements DmsConnector {

    static final String SUFFIX = "_" + SgoAblegenMessage.ROOT;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final String PDF = "application/pdf";

    private final XdomeaSettings settings;
    private final SgoAblegenMessage message;
    private volatile boolean swept;

    XdomeaConnector(XdomeaSettings settings) {
        this.settings = settings;
        this.message = new SgoAblegenMessage(settings);
    }

    @Override
    public DeliveryResult deliver(FiledDocument document) {
        if (!PDF.equals(document.pdf().mediaType())) {
            return new DeliveryResult.Rejected("xdomea primary document must be application/pdf, was "
                    + document.pdf().mediaType());
        }
        MessageIds ids = MessageIds.of(document.idempotencyKey());
        Path zip = settings.outDir().resolve(ids.processId() + SUFFIX + ".zip");
        try {
            Files.createDirectories(settings.outDir());
            sweepLeftoversOnce();
            try (PartFile part = PartFile.create(zip)) {
                writeZip(document, ids, part.stream());
                part.commit();
            }
            return new DeliveryResult.Delivered(zip.toString());
        } catch (PdfCopy.NotAPdfException e) {
            return new DeliveryResult.Rejected("xdomea primary document is not a PDF: " + e.getMessage());
        } catch (IOException e) {
            // Unmounted share, full disk, content store hiccup: transient for the pipeline. Retry, never drop.
            return new DeliveryResult.RetryLater("cannot write xdomea message to " + settings.outDir() + ": "
                    + e.getClass().getSimpleName(), RETRY_AFTER);
        }
    }

    /** Once per connector: what a killed worker left half-written must not lie in the exchange folder for ever. */
    private void sweepLeftoversOnce() throws IOException {
        if (!swept) {
            PartFile.sweep(settings.outDir());
            swept = true;
        }
    }

    private void writeZip(FiledDocument doc, MessageIds ids, OutputStream target) throws IOException {
        FileTime stamp = FileTime.from(SgoAblegenMessage.createdAt(doc));
        String pdfEntry = ids.documentId() + ".pdf";
        String indexEntry = settings.includeIndexRecord() ? ids.documentId() + "_index.json" : null;
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(target, 64 * 1024),
                StandardCharsets.UTF_8)) {
            // PDF/A is compressed inside already; the fastest level keeps 50 MiB documents cheap.
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(entry(pdfEntry, stamp));
            PdfCopy.Facts pdf;
            try (InputStream in = doc.pdf().openStream()) {
                pdf = PdfCopy.copy(in, zip);
            }
            zip.closeEntry();
            if (indexEntry != null) {
                zip.putNextEntry(entry(indexEntry, stamp));
                zip.write(doc.indexRecordJson().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            // The message comes last: it carries the PDF's checksum, known only after streaming it.
            zip.putNextEntry(entry(ids.processId() + SUFFIX + ".xml", stamp));
            message.write(doc, ids, pdfEntry, pdf, indexEntry, new NonClosing(zip));
            zip.closeEntry();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the message XML", e);
        }
    }

    private static ZipEntry entry(String name, FileTime stamp) {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(stamp);
        return entry;
    }

    @Override
    public HealthStatus check() {
        Path dir = settings.outDir();
        if (Files.isDirectory(dir) && Files.isWritable(dir)) {
            return HealthStatus.up("writable: " + dir);
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (!Files.exists(dir) && parent != null && Files.isDirectory(parent) && Files.isWritable(parent)) {
            return HealthStatus.up("will be created: " + dir);
        }
        return HealthStatus.down("not writable: " + dir);
    }

    /** StAX closes what it writes to; the zip entry must stay open for {@code closeEntry()}. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
