package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.OcrWord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** With the real Tesseract, on a generated office copy whose information block the page reading runs together. */
class InterleavedColumnTest {

    private static final Path COPY = Path.of("..", "samples", "ocr", "info-block-office-copy.jpg");
    private static OcrEngine engine;

    @BeforeAll
    static void open() {
        engine = new OcrEngine(null, "deu+eng");
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void theInformationBlockReadAsNoiseBesideTheAddressIsReadAgainAsABlockOfItsOwn() throws IOException {
        BufferedImage page = onA4(ImageIO.read(COPY.toFile()));
        RecognizedPage first = engine.recognize(page);
        // the page reading: "Frau Lea Bäumer u Mg" / "Ostwall 50c er on :" (two rows tall, confidence near 0)
        assertThat(first.text()).doesNotContain("07.07.2025");
        assertThat(InterleavedColumn.mayHold(first)).isTrue();

        Optional<RecognizedPage> second = InterleavedColumn.reread(page, first, engine::recognizeBlock);

        assertThat(second).isPresent();
        String text = second.get().text();
        assertThat(text).contains("Datum 07.07.2025").contains("Telefon 0601 6450-65")
                .contains("Frau Lea Bäumer\nOstwall 50c\n45893 Gelsenkirchen\n\nDatum 07.07.2025"); // after the address
        // the words follow the text, line numbers ascending, and the new ones stand where the block is printed
        List<OcrWord> words = second.get().words();
        assertThat(String.join(" ", words.stream().map(OcrWord::text).toList()).replaceAll("\\s+", " "))
                .isEqualTo(text.replaceAll("\\s+", " ").trim());
        assertThat(words).extracting(OcrWord::line).isSorted();
        OcrWord date = words.stream().filter(w -> w.text().equals("07.07.2025")).findFirst().orElseThrow();
        assertThat(date.left()).isGreaterThan(page.getWidth() / 2);
        assertThat(date.top()).isBetween(500, 620);
    }

    /** The cut-out (the page's top) on a white A4 page at 300 dpi, as the OCR stage has it. */
    private static BufferedImage onA4(BufferedImage top) {
        return a4(g -> g.drawImage(top, 0, 0, null));
    }

    /** A white A4 page at 300 dpi with black 46 px sans-serif text drawn by {@code draw}. */
    private static BufferedImage a4(Consumer<Graphics2D> draw) {
        BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 46));
            draw.accept(g);
        } finally {
            g.dispose();
        }
        return page;
    }

    @Test
    void theBlockGoesAfterTheAddressEvenWhenThePageReadingSplitItsParagraphs() {
        String text = "Herrn\nOleksandr Strauß\n\nTalstraße 16\n15231 Frankfurt (Oder)\n\nHeizkostenabrechnung 2024";
        assertThat(InterleavedColumn.afterAddress(text, text.indexOf("Strauß")))
                .isEqualTo(text.indexOf("\n\nHeizkostenabrechnung"));
        String whole = "Frau Lea Bäumer\nOstwall 50c\n45893 Gelsenkirchen\n\nBewilligung von Unterhaltsvorschuss";
        assertThat(InterleavedColumn.afterAddress(whole, 0)).isEqualTo(whole.indexOf("\n\nBewilligung"));
    }

    @Test
    void oneNoisyLineReadAgainAsOneLineStaysOnItsLine() {
        BufferedImage page = a4(g -> {
            g.drawString("Deutsche Bank", 250, 300);
            g.drawString("Kontoauszug 3/2025", 250, 420);
            g.drawString("Kundenservice 0800 134773", 1500, 420);
            g.drawString("Kontoinhaber: Anna Beispiel", 250, 500);
        });
        RecognizedPage clean = engine.recognize(page);
        assertThat(clean.text()).contains("Kundenservice 0800 134773");
        // the page reading as it goes wrong on a copy: the right part one tall word of no confidence
        RecognizedPage first = asNoise(clean, List.of("Kundenservice", "0800", "134773"), "gehenden");
        assertThat(InterleavedColumn.mayHold(first)).isTrue();

        Optional<RecognizedPage> second = InterleavedColumn.reread(page, first, engine::recognizeBlock);

        assertThat(second).hasValueSatisfying(p -> {
            assertThat(p.text()).contains("Kontoauszug 3/2025 Kundenservice 0800 134773\nKontoinhaber");
            int line = p.words().stream().filter(w -> w.text().equals("Kontoauszug")).findFirst().orElseThrow().line();
            assertThat(p.words().stream().filter(w -> w.text().equals("134773")).findFirst().orElseThrow().line())
                    .isEqualTo(line);
        });
    }

    /** The reading with {@code replaced} (consecutive words of one line) as one word two rows tall, confidence 5. */
    private static RecognizedPage asNoise(RecognizedPage read, List<String> replaced, String noise) {
        List<OcrWord> words = new java.util.ArrayList<>();
        for (int i = 0; i < read.words().size(); i++) {
            OcrWord w = read.words().get(i);
            if (w.text().equals(replaced.get(0))) {
                OcrWord last = read.words().get(i + replaced.size() - 1);
                words.add(new OcrWord(noise, w.left(), w.top() - w.height() / 2, last.left() + last.width() - w.left(),
                        w.height() * 2, 5, w.line()));
                i += replaced.size() - 1;
            } else {
                words.add(w);
            }
        }
        return new RecognizedPage(read.text().replace(String.join(" ", replaced), noise), words, read.meanConfidence());
    }

    @Test
    void aCleanLetterIsLeftAsRead() {
        BufferedImage page = a4(g -> {
            g.drawString("Frau Anna Beispiel", 250, 400);
            g.drawString("Datum 07.07.2025", 1400, 400);
            g.drawString("Lindenweg 50c", 250, 460);
            g.drawString("Telefon 0601 6450-65", 1400, 460);
            g.drawString("12345 Beispielstadt", 250, 520);
        });
        RecognizedPage first = engine.recognize(page);
        assertThat(first.text()).contains("07.07.2025");
        assertThat(InterleavedColumn.reread(page, first, engine::recognizeBlock)).isEmpty();
    }
}
