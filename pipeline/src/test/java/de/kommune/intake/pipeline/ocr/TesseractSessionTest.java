package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.OcrWord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real Tesseract through its C API. */
class TesseractSessionTest {

    private static String datapath;
    private static TesseractSession session;

    @BeforeAll
    static void open() {
        try (OcrEngine engine = new OcrEngine(null, "deu")) {
            datapath = engine.datapath();
            assertThat(engine.missingLanguages()).as("deu model in %s", datapath).isEmpty();
        }
        session = new TesseractSession(datapath, "deu");
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.close();
        }
    }

    private static BufferedImage lines(int type, String... lines) {
        BufferedImage img = new BufferedImage(1401, 120 + 110 * lines.length, type); // odd width on purpose
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 56));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 60, 120 + 110 * i);
        }
        g.dispose();
        return img;
    }

    @Test
    void tesseractsDiagnosticsDoNotReachTheConsole() {
        assertThat(session.variable("debug_file")).isEqualTo("/dev/null");
    }

    @Test
    void recognisesUmlautsAsUtf8WithWordBoxesInOrder() {
        RecognizedPage page = session.recognize(lines(BufferedImage.TYPE_BYTE_GRAY, "Miete für Größe Straße"));

        assertThat(page.text()).isEqualTo("Miete für Größe Straße");
        assertThat(page.words()).extracting(OcrWord::text).containsExactly("Miete", "für", "Größe", "Straße");
        assertThat(page.words()).extracting(OcrWord::line).containsOnly(0);
        for (int i = 1; i < page.words().size(); i++) {
            OcrWord prev = page.words().get(i - 1);
            assertThat(page.words().get(i).left()).isGreaterThan(prev.left() + prev.width());
        }
        assertThat(page.meanConfidence()).isGreaterThan(70);
    }

    @Test
    void linesAreSeparatedByNewlinesAndNumbered() {
        RecognizedPage page = session.recognize(lines(BufferedImage.TYPE_BYTE_GRAY, "Kontoauszug Nummer", "Saldo neu"));

        assertThat(page.text()).matches("Kontoauszug Nummer\n\n?Saldo neu");
        assertThat(page.words()).extracting(OcrWord::line).containsExactly(0, 0, 1, 1);
        assertThat(page.words().get(2).top()).isGreaterThan(page.words().get(0).top() + page.words().get(0).height());
    }

    @Test
    void aColourImageIsConvertedBeforeRecognition() {
        RecognizedPage page = session.recognize(lines(BufferedImage.TYPE_INT_RGB, "Jobcenter Essen"));

        assertThat(page.text()).isEqualTo("Jobcenter Essen");
    }

    @Test
    void aOneBitPageIsReadAsItsBlackAndWhiteWithEitherPalette() {
        BufferedImage grey = PageImages.toBinary(lines(BufferedImage.TYPE_BYTE_GRAY, "Kontoauszug Nummer 12",
                "Saldo neu 1.234,56 EUR"));
        RecognizedPage fromGrey = session.recognize(Images.toGray(grey));

        RecognizedPage oneBit = session.recognize(grey);
        RecognizedPage inverted = session.recognize(withInvertedPalette(grey));

        assertThat(oneBit.text()).isEqualTo(fromGrey.text()).contains("Saldo neu 1.234,56 EUR");
        assertThat(inverted.text()).isEqualTo(oneBit.text());
        assertThat(oneBit.words()).extracting(OcrWord::left).isEqualTo(fromGrey.words().stream()
                .map(OcrWord::left).toList());
    }

    /** The same picture with bit 1 = black (as ImageIO reads a WhiteIsZero TIFF). */
    private static BufferedImage withInvertedPalette(BufferedImage binary) {
        byte[] bw = {(byte) 0xFF, 0};
        java.awt.image.IndexColorModel palette = new java.awt.image.IndexColorModel(1, 2, bw, bw, bw);
        BufferedImage out = new BufferedImage(binary.getWidth(), binary.getHeight(),
                BufferedImage.TYPE_BYTE_BINARY, palette);
        byte[] src = ((java.awt.image.DataBufferByte) binary.getRaster().getDataBuffer()).getData();
        byte[] dst = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < src.length; i++) {
            dst[i] = (byte) ~src[i];
        }
        return out;
    }

    @Test
    void aBlankImageGivesNoText() {
        BufferedImage blank = lines(BufferedImage.TYPE_BYTE_GRAY);

        RecognizedPage page = session.recognize(blank);

        assertThat(page.text()).isEmpty();
        assertThat(page.words()).isEmpty();
    }

    @Test
    void theSessionCarriesNothingOverFromThePreviousImage() {
        session.recognize(lines(BufferedImage.TYPE_BYTE_GRAY, "Erste Seite"));

        RecognizedPage second = session.recognize(lines(BufferedImage.TYPE_BYTE_GRAY, "Zweite"));

        assertThat(second.text()).isEqualTo("Zweite");
        assertThat(second.words()).hasSize(1);
    }

    @Test
    void anUnknownLanguageFailsAtConstruction() {
        assertThatThrownBy(() -> new TesseractSession(datapath, "xyz"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("xyz");
    }

    @Test
    void versionIsTesseract5() {
        assertThat(TesseractSession.version()).startsWith("5.");
    }

    @Test
    void closingWhileAPageIsRecognisedWaitsForItInsteadOfFreeingTheEngineUnderIt() throws Exception {
        TesseractSession own = new TesseractSession(datapath, "deu");
        BufferedImage page = lines(BufferedImage.TYPE_BYTE_GRAY, "Bewilligungsbescheid für die Bedarfsgemeinschaft",
                "Regelbedarf und Kosten der Unterkunft", "Jobcenter Bremen, Doventorsteinweg");
        java.util.concurrent.CompletableFuture<Object> running = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return own.recognize(page);
            } catch (IllegalStateException e) {
                return e; // closed before it started: refused, never run on a freed engine
            }
        });
        Thread.sleep(150);
        own.close();

        Object outcome = running.get(60, java.util.concurrent.TimeUnit.SECONDS);
        if (outcome instanceof RecognizedPage recognized) {
            assertThat(recognized.text()).contains("Regelbedarf");
        } else {
            assertThat(outcome).isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> own.recognize(page)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        own.close(); // twice is harmless
    }
}
