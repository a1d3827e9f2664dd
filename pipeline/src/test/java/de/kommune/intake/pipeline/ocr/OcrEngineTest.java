package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.OcrWord;
import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.GeneratedDocument;
import de.kommune.intake.samples.SampleSet;
import de.kommune.intake.samples.render.Rasterizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs the real Tesseract: fails (does not skip) when it or the deu/eng models are missing. */
class OcrEngineTest {

    private static OcrEngine engine;
    private static GeneratedDocument doc;
    private static BufferedImage page;
    private static RecognizedPage recognized;

    @BeforeAll
    static void recognizeAGeneratedPage() throws IOException {
        engine = new OcrEngine(null, "deu+eng");
        assertThat(engine.missingLanguages()).as("Tesseract language models in %s", engine.datapath()).isEmpty();
        doc = SampleSet.document(DocumentType.KONTOAUSZUG, 7, true);
        page = Images.toGray(Rasterizer.render(doc.pages(), 300, false).get(0));
        recognized = engine.recognize(page);
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void theRecognisedTextHoldsTheDocumentsKeyWords() {
        String text = recognized.text();

        assertThat(text).contains("Kontoauszug");
        assertThat(text).contains("Kontoinhaber");
        assertThat(text.replaceAll("\\s", "")).contains(doc.fields().get("iban"));
        assertThat(text).contains(doc.fields().get("accountHolder"));
    }

    @Test
    void meanConfidenceIsHighOnACleanPage() {
        assertThat(recognized.meanConfidence()).isGreaterThan(70).isLessThanOrEqualTo(100);
    }

    @Test
    void everyWordHasABoxInsideTheImageAndAConfidence() {
        List<OcrWord> words = recognized.words();

        assertThat(words).hasSizeGreaterThan(50);
        assertThat(words).allSatisfy(w -> {
            assertThat(w.text()).isNotBlank();
            assertThat(w.width()).isPositive();
            assertThat(w.height()).isPositive();
            assertThat(w.left()).isBetween(0, page.getWidth() - 1);
            assertThat(w.top()).isBetween(0, page.getHeight() - 1);
            assertThat(w.left() + w.width()).isLessThanOrEqualTo(page.getWidth());
            assertThat(w.top() + w.height()).isLessThanOrEqualTo(page.getHeight());
            assertThat(w.confidence()).isBetween(0f, 100f);
        });
    }

    @Test
    void wordsAreTheTextInReadingOrderWithLineNumbers() {
        List<String> tokens = Arrays.stream(recognized.text().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        List<OcrWord> words = recognized.words();

        assertThat(words).extracting(OcrWord::text).containsExactlyElementsOf(tokens);
        assertThat(words.get(0).line()).isZero();
        for (int i = 1; i < words.size(); i++) {
            assertThat(words.get(i).line()).isBetween(words.get(i - 1).line(), words.get(i - 1).line() + 1);
        }
        long lines = recognized.text().lines().filter(l -> !l.isBlank()).count();
        assertThat(words.get(words.size() - 1).line()).isEqualTo((int) lines - 1);
    }

    @Test
    void theBoxOfAWordCoversItsInk() {
        OcrWord word = recognized.words().stream().filter(w -> w.text().equals("Kontoauszug")).findFirst()
                .orElseThrow();

        int dark = 0;
        for (int y = word.top(); y < word.top() + word.height(); y++) {
            for (int x = word.left(); x < word.left() + word.width(); x++) {
                if (page.getRaster().getSample(x, y, 0) < 128) {
                    dark++;
                }
            }
        }
        assertThat(dark).isGreaterThan(word.width() * word.height() / 20);
        // and it is wider than high, as an eleven-letter word is
        assertThat(word.width()).isGreaterThan(4 * word.height());
    }

    @Test
    void eachThreadGetsItsOwnSessionAndTheSameResult() throws Exception {
        BufferedImage line = textImage("Bürgergeld Jobcenter Osnabrück");
        String expected = engine.recognize(line).text();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(() -> engine.recognize(line).text());
            Future<String> b = pool.submit(() -> engine.recognize(line).text());

            assertThat(a.get()).isEqualTo(expected);
            assertThat(b.get()).isEqualTo(expected);
            assertThat(expected).contains("Bürgergeld");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void engineNameAndSettings() {
        assertThat(engine.engineName()).matches("tesseract 5\\.\\d+\\.\\d+.*");
        assertThat(engine.languages()).isEqualTo("deu+eng");
    }

    @Test
    void missingLanguagesNamesTheModelsThatAreNotInstalled() {
        try (OcrEngine other = new OcrEngine(engine.datapath(), "deu+xyz+eng")) {
            assertThat(other.missingLanguages()).containsExactly("xyz");
        }
    }

    @Test
    void requireLanguagesNamesTheDebianPackagesOfMissingModels() {
        try (OcrEngine other = new OcrEngine(engine.datapath(), "deu+tur+chi_sim")) {
            assertThatThrownBy(other::requireLanguages).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("[tur, chi_sim]")
                    .hasMessageContaining("apt-get install tesseract-ocr-tur tesseract-ocr-chi-sim");
        }
        try (OcrEngine installed = new OcrEngine(engine.datapath(), "deu+eng")) {
            assertThat(installed.requireLanguages()).isSameAs(installed);
        }
    }

    @Test
    void aWrongDatapathFailsWithAnExplanation() {
        try (OcrEngine broken = new OcrEngine("/nonexistent/tessdata", "deu")) {
            assertThat(broken.missingLanguages()).containsExactly("deu");
            assertThatThrownBy(() -> broken.recognize(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("deu");
        }
    }

    static BufferedImage textImage(String text) {
        BufferedImage img = new BufferedImage(1400, 160, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 56));
        g.drawString(text, 40, 100);
        g.dispose();
        return img;
    }
}
