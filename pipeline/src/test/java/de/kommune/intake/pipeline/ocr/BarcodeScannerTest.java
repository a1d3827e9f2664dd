package de.kommune.intake.pipeline.ocr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.SampleSet;
import de.kommune.intake.samples.channel.SeparatorSheet;
import de.kommune.intake.samples.render.Rasterizer;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BarcodeScannerTest {

    private final BarcodeScanner scanner = new BarcodeScanner();

    private static BufferedImage separator(SeparatorSheet.Kind kind) throws IOException {
        return Images.toGray(Rasterizer.render(List.of(SeparatorSheet.page(kind, new Random(3))), 300, false).get(0));
    }

    @Test
    void findsPatchTInTheCode128OfASeparatorSheet() throws IOException {
        assertThat(scanner.scan(separator(SeparatorSheet.Kind.CODE128))).containsExactly("CODE_128:PATCHT");
    }

    @Test
    void findsPatchTInTheQrCodeOfASeparatorSheet() throws IOException {
        assertThat(scanner.scan(separator(SeparatorSheet.Kind.QR))).containsExactly("QR_CODE:PATCHT");
    }

    @Test
    void aSheetWithBothCodesIsRecognisedWithoutDuplicates() throws IOException {
        List<String> codes = scanner.scan(separator(SeparatorSheet.Kind.BOTH));

        assertThat(codes).isNotEmpty().doesNotHaveDuplicates().allMatch(c -> c.endsWith(":PATCHT"))
                .isSubsetOf("CODE_128:PATCHT", "QR_CODE:PATCHT");
    }

    @Test
    void aCode128BgStickerAloneIsFound() throws WriterException {
        BufferedImage page = whitePage();
        Graphics2D g = page.createGraphics();
        g.drawImage(MatrixToImageWriter.toBufferedImage(new Code128Writer().encode("12345BG0012345",
                BarcodeFormat.CODE_128, 625, 117)), 1700, 200, null);
        g.dispose();

        assertThat(scanner.scan(page)).containsExactly("CODE_128:12345BG0012345");
    }

    @Test
    void aSmallBgStickerIsFoundNextToALargeCodeOnTheSamePage() throws WriterException {
        // e.g. an invoice with a GiroCode and the Jobcenter's receipt sticker (Code 128, 150 x 28 pt at 300 dpi)
        BufferedImage page = whitePage();
        Graphics2D g = page.createGraphics();
        g.drawImage(MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(
                "BCD\n002\n1\nSCT\n\nStadtwerke\nDE89370400440532013000\nEUR60.51", BarcodeFormat.QR_CODE, 600, 600)),
                200, 2600, null);
        g.drawImage(MatrixToImageWriter.toBufferedImage(new Code128Writer().encode("12345BG0012345",
                BarcodeFormat.CODE_128, 625, 117)), 1700, 200, null);
        g.dispose();

        assertThat(scanner.scan(page)).contains("CODE_128:12345BG0012345");
    }

    @Test
    void findsASmallBgNumberStickerOnAFullPage() throws WriterException {
        BufferedImage page = whitePage();
        Graphics2D g = page.createGraphics();
        // about 1.3 cm wide at 300 dpi: too small for the half-size pass alone
        BufferedImage qr = MatrixToImageWriter.toBufferedImage(
                new QRCodeWriter().encode("12345BG0012345", BarcodeFormat.QR_CODE, 150, 150));
        g.drawImage(qr, 2100, 200, null);
        g.dispose();

        assertThat(scanner.scan(page)).containsExactly("QR_CODE:12345BG0012345");
    }

    private static BufferedImage whitePage() {
        BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.dispose();
        return page;
    }

    @Test
    void anOrdinaryTextPageHasNoBarcodes() throws IOException {
        BufferedImage page = Rasterizer.render(SampleSet.document(DocumentType.KUENDIGUNG, 5, true).pages(), 300, false)
                .get(0);

        assertThat(scanner.scan(Images.toGray(page))).isEmpty();
    }

    @Test
    void aBlankPageHasNoBarcodes() {
        assertThat(scanner.scan(new BufferedImage(400, 600, BufferedImage.TYPE_BYTE_GRAY))).isEmpty();
    }
}
