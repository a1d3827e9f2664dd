package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.OcrWord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** With the real Tesseract: the printed letter is read from the glyph when page reading gave a digit for it. */
class KundennummerLetterTest {

    private static OcrEngine engine;

    @BeforeAll
    static void open() {
        engine = new OcrEngine(null, "deu+eng");
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @ParameterizedTest
    @CsvSource({"446L615531, 4461615531", "203S581484, 2035581484", "711Z921029, 7112921029"})
    void theFourthGlyphOfAKundennummerReadAsADigitIsReadAgainAsALetter(String printed, String misread) {
        BufferedImage page = page("Jobcenter Musterstadt", "Kunden-Nr. " + printed);
        RecognizedPage first = asMisread(engine.recognize(page), printed, misread);
        assertThat(first.text()).contains(misread);
        assertThat(KundennummerLetter.mayHold(first)).isTrue();

        Optional<RecognizedPage> second = KundennummerLetter.reread(page, first, engine);

        assertThat(second).isPresent();
        assertThat(second.get().text()).contains("Kunden-Nr. " + printed).doesNotContain(misread);
        assertThat(second.get().words()).extracting(OcrWord::text).contains(printed);
    }

    @Test
    void aKundennummerUnderItsLabelInAFormsBox() {
        BufferedImage page = page("Jobcenter Musterstadt", "BG-Nummer Kunden-Nr.", "30256BG9096395 847L675391");
        RecognizedPage first = asMisread(engine.recognize(page), "847L675391", "8471675391");
        assertThat(KundennummerLetter.reread(page, first, engine)).hasValueSatisfying(
                p -> assertThat(p.text()).contains("30256BG9096395 847L675391"));
    }

    @Test
    void anEnergySuppliersTenDigitCustomerNumberStaysAsRead() {
        BufferedImage page = page("Stadtwerke Musterstadt GmbH", "Kunden-Nr. 2231498603");
        RecognizedPage first = engine.recognize(page);
        assertThat(first.text()).contains("2231498603");
        assertThat(KundennummerLetter.mayHold(first)).isFalse();
        // also when the bill was sent in to the Jobcenter and names it
        BufferedImage sentIn = page("Jobcenter Musterstadt Eingang", "Kunden-Nr. 2231498603", "Vertragskonto 914281285935");
        assertThat(KundennummerLetter.mayHold(engine.recognize(sentIn))).isFalse();
    }

    @Test
    void tenDigitsWithoutTheLabelBesideThemStayAsRead() {
        BufferedImage page = page("Jobcenter Musterstadt Kunden-Nr. siehe unten", "Telefon 0301234567 8");
        RecognizedPage first = engine.recognize(page);
        assertThat(KundennummerLetter.reread(page, first, engine)).isEmpty();
    }

    /** The first reading with the printed number replaced by how OCR misreads it (same boxes). */
    private static RecognizedPage asMisread(RecognizedPage read, String printed, String misread) {
        List<OcrWord> words = new ArrayList<>();
        for (OcrWord w : read.words()) {
            words.add(w.text().equals(printed)
                    ? new OcrWord(misread, w.left(), w.top(), w.width(), w.height(), w.confidence(), w.line()) : w);
        }
        return new RecognizedPage(read.text().replace(printed, misread), words, read.meanConfidence());
    }

    /** Lines of 12 pt text at 300 dpi on a white page strip. */
    private static BufferedImage page(String... lines) {
        BufferedImage img = new BufferedImage(1600, 120 + 90 * lines.length, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 50));
            for (int i = 0; i < lines.length; i++) {
                g.drawString(lines[i], 60, 100 + 90 * i);
            }
        } finally {
            g.dispose();
        }
        return img;
    }
}
