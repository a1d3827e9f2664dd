package de.kommune.intake.samples.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import de.kommune.intake.samples.layout.PageContent;

/** Renders laid-out pages to images through PDFBox (the same drawing as the born-digital PDF). */
public final class Rasterizer {

    private Rasterizer() {
    }

    public static List<BufferedImage> render(List<PageContent> pages, float dpi, boolean color) throws IOException {
        List<BufferedImage> out = new ArrayList<>();
        try (PDDocument doc = PdfPageWriter.toRenderDocument(pages)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                out.add(renderer.renderImageWithDPI(i, dpi, color ? ImageType.RGB : ImageType.GRAY));
            }
        }
        return out;
    }
}
