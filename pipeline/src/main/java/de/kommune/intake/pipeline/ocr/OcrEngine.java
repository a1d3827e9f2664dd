package de.kommune.intake.pipeline.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tesseract for the whole process: hands each calling thread its own {@link TesseractSession} (Tesseract handles
 * must never be shared between threads) and closes them all on shutdown.
 */
public final class OcrEngine implements AutoCloseable, KundennummerLetter.Reader {

    private static final List<String> DEFAULT_DATAPATHS = List.of("/usr/share/tesseract-ocr/5/tessdata",
            "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata");

    private final String datapath;
    private final String languages;
    private final Map<Thread, TesseractSession> sessions = new ConcurrentHashMap<>();

    public OcrEngine(String datapath, String languages) {
        this.datapath = datapath == null || datapath.isBlank() ? findDatapath() : datapath;
        this.languages = languages;
    }

    public RecognizedPage recognize(BufferedImage image) {
        return session().recognize(image);
    }

    /** A machine-readable zone cut from a page, read as one block of ICAO 9303 characters only. */
    public RecognizedPage recognizeMachineReadableZone(BufferedImage zone) {
        return session().recognizeMachineReadableZone(zone);
    }

    /** A column cut from a page, read as one block of text (see {@link InterleavedColumn}). */
    public RecognizedPage recognizeBlock(BufferedImage block) {
        return session().recognizeBlock(block);
    }

    /** Character boxes {left, top, right, bottom} of one word cut from a page. */
    @Override
    public List<int[]> characterBoxes(BufferedImage word) {
        return session().characterBoxes(word);
    }

    /** One glyph read as a capital letter (text and word confidence), for a position that must hold a letter. */
    @Override
    public RecognizedPage recognizeLetter(BufferedImage glyph) {
        return session().recognizeLetter(glyph);
    }

    private TesseractSession session() {
        return sessions.computeIfAbsent(Thread.currentThread(), t -> new TesseractSession(datapath, languages));
    }

    /** e.g. {@code tesseract 5.3.0} */
    public String engineName() {
        return "tesseract " + TesseractSession.version();
    }

    public String languages() {
        return languages;
    }

    public String datapath() {
        return datapath;
    }

    /** Which of the configured languages have no model file: empty when OCR can run. */
    public List<String> missingLanguages() {
        return java.util.Arrays.stream(languages.split("\\+")).map(String::strip).filter(l -> !l.isEmpty())
                .filter(l -> !Files.exists(Path.of(datapath, l + ".traineddata"))).toList();
    }

    /**
     * Fails at start-up, not on the first page, when a configured language has no model file, naming the Debian
     * packages that provide them (e.g. {@code tur} → {@code tesseract-ocr-tur}, {@code chi_sim} →
     * {@code tesseract-ocr-chi-sim}).
     *
     * @return this engine, for use in bean definitions
     */
    public OcrEngine requireLanguages() {
        List<String> missing = missingLanguages();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Tesseract language model(s) " + missing + " of intake.ocr.languages='"
                    + languages + "' not found in " + datapath + ". Install them with: apt-get install "
                    + String.join(" ", missing.stream().map(OcrEngine::debianPackage).toList())
                    + " (or set intake.ocr.datapath to a folder holding <lang>.traineddata)");
        }
        return this;
    }

    static String debianPackage(String language) {
        return "tesseract-ocr-" + language.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public void close() {
        sessions.values().forEach(TesseractSession::close);
        sessions.clear();
    }

    private static String findDatapath() {
        String env = System.getenv("TESSDATA_PREFIX");
        if (env != null && Files.isDirectory(Path.of(env))) {
            return env;
        }
        return DEFAULT_DATAPATHS.stream().filter(p -> Files.isDirectory(Path.of(p))).findFirst()
                .orElse(DEFAULT_DATAPATHS.get(0));
    }
}
