package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.InputRejectedException;
import de.kommune.intake.pipeline.model.RejectReason;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Office and mail formats (DOCX, ODT, RTF, TXT, HTML, EML with attachments): Tika extracts the text, form feeds
 * become page breaks. Tika's own OCR is switched off: images are our OCR stage's job.
 */
final class TextDocumentSource implements PageSource {

    private static final int MAX_CHARS = 5_000_000;

    private final List<String> pages;

    TextDocumentSource(Path file, String mediaType) {
        String text = "text/plain".equals(mediaType) ? plainText(file) : tikaText(file);
        List<String> split = new ArrayList<>();
        for (String p : text.split("\f")) {
            if (!p.isBlank()) {
                split.add(p.strip());
            }
        }
        this.pages = split.isEmpty() ? List.of("") : split;
    }

    /** Plain text is read directly (charset detected): Tika's XHTML output would turn form feeds into U+FFFD. */
    private static String plainText(Path file) {
        try (InputStream in = Files.newInputStream(file); AutoDetectReader reader = new AutoDetectReader(in)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = reader.read(buf)) > 0 && sb.length() < MAX_CHARS; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException | TikaException e) {
            throw new InputRejectedException(RejectReason.CORRUPT,
                    "The text file cannot be read: " + PdfPageSource.technical(e));
        }
    }

    private static String tikaText(Path file) {
        AutoDetectParser parser = new AutoDetectParser();
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser); // also parse attachments (EML) and embedded documents
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, new Metadata(), context);
        } catch (EncryptedDocumentException e) {
            throw new InputRejectedException(RejectReason.ENCRYPTED, "The document is password-protected.");
        } catch (IOException | SAXException | TikaException e) {
            throw new InputRejectedException(RejectReason.CORRUPT,
                    "The document cannot be read: " + PdfPageSource.technical(e));
        }
        return handler.toString();
    }

    @Override
    public int pageCount() {
        return pages.size();
    }

    @Override
    public SourcePage page(int index) {
        return new SourcePage.Text(pages.get(index), "EXTRACTED");
    }

    @Override
    public void close() {
    }
}
