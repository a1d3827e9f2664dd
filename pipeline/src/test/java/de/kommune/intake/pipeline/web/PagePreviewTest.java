package de.kommune.intake.pipeline.web;

import de.kommune.intake.pipeline.intake.MediaTypeDetector;
import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.store.FileContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PagePreviewTest {

    @TempDir
    Path root;

    @Test
    void storedPageImagesAreScaledToScreenSize() throws Exception {
        FileContentStore store = new FileContentStore(root);
        ByteArrayOutputStream scan = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY), "png", scan);
        store.put(StoreKeys.pageImage("in-1", 2), scan.toByteArray());

        BufferedImage png = decode(new PagePreview(store).png(ticket("in-1", "image/tiff"), 2).orElseThrow());

        assertThat(png.getWidth()).isEqualTo(1400);
        assertThat(png.getHeight()).isEqualTo(Math.round(3508 * 1400 / 2480f));
    }

    @Test
    void pdfPagesWithoutAStoredImageAreRenderedFromTheOriginal() throws Exception {
        FileContentStore store = new FileContentStore(root);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.addPage(new PDPage(PDRectangle.A5));
            doc.save(pdf);
        }
        store.put(StoreKeys.original("in-2"), pdf.toByteArray());
        PagePreview preview = new PagePreview(store);

        BufferedImage a5 = decode(preview.png(ticket("in-2", MediaTypeDetector.PDF), 2).orElseThrow());

        assertThat(a5.getWidth()).isBetween(640, 645);   // 148 mm at 110 dpi
        assertThat(preview.png(ticket("in-2", MediaTypeDetector.PDF), 3)).isEmpty();
        assertThat(preview.png(ticket("in-3", "text/plain"), 1)).as("text input: no image").isEmpty();
    }

    private static DocumentTicket ticket(String inputId, String mediaType) {
        return new DocumentTicket("doc-" + inputId, new InputTicket(inputId, "x", "upload", "0".repeat(64), 1,
                Instant.now(), mediaType), List.of(1, 2));
    }

    private static BufferedImage decode(byte[] png) throws Exception {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
