package de.kommune.intake.pipeline.web;

import de.kommune.intake.pipeline.intake.MediaTypeDetector;
import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.store.ContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A PNG of one page for the review station: the stored page image (scans, photos), or the original PDF page
 * rendered at screen resolution (born-digital pages keep their text layer and have no stored image).
 */
public final class PagePreview {

    private static final int MAX_WIDTH = 1400;

    private final ContentStore store;

    public PagePreview(ContentStore store) {
        this.store = store;
    }

    public Optional<byte[]> png(DocumentTicket ticket, int page) throws IOException {
        String inputId = ticket.input().inputId();
        BufferedImage image = null;
        String key = StoreKeys.pageImage(inputId, page);
        if (store.exists(key)) {
            try (InputStream in = store.open(key)) {
                image = ImageIO.read(in);
            }
        } else if (MediaTypeDetector.PDF.equals(ticket.input().mediaType())) {
            try (PDDocument pdf = Loader.loadPDF(store.localFile(StoreKeys.original(inputId)).toFile())) {
                if (page >= 1 && page <= pdf.getNumberOfPages()) {
                    image = new PDFRenderer(pdf).renderImageWithDPI(page - 1, 110, ImageType.RGB);
                }
            }
        }
        if (image == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(scaled(image), "png", out);
        return Optional.of(out.toByteArray());
    }

    private static BufferedImage scaled(BufferedImage image) {
        if (image.getWidth() <= MAX_WIDTH && image.getType() != BufferedImage.TYPE_BYTE_BINARY) {
            return image;
        }
        double f = Math.min(1.0, (double) MAX_WIDTH / image.getWidth());
        int w = (int) Math.round(image.getWidth() * f);
        int h = (int) Math.round(image.getHeight() * f);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
