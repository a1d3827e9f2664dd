package de.kommune.intake.pipeline.delivery;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/** How a rendered born-digital page is compressed: bilevel text, grey photo, colour content. */
class PdfPageImagesTest {

    private static BufferedImage page(java.util.function.Consumer<Graphics2D> paint) {
        BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        for (int y = 100; y < 1600; y += 34) {
            g.drawString("Bewilligungsbescheid über Leistungen nach dem SGB II, Seite 1", 100, y);
        }
        paint.accept(g);
        g.dispose();
        return img;
    }

    @Test
    void antiAliasedBlackTextIsBilevel() {
        assertThat(PdfPageImages.classify(page(g -> {
        }))).isEqualTo(PdfPageImages.Kind.BILEVEL);
    }

    @Test
    void aGreyPhotoOrShadedAreaKeepsItsGreyLevels() {
        BufferedImage img = page(g -> {
            g.setPaint(new GradientPaint(0, 0, Color.DARK_GRAY, 600, 0, Color.LIGHT_GRAY));
            g.fillRect(100, 1000, 600, 400);
        });

        assertThat(PdfPageImages.classify(img)).isEqualTo(PdfPageImages.Kind.GREY);
    }

    @Test
    void aColouredLogoKeepsTheColour() {
        BufferedImage img = page(g -> {
            g.setColor(new Color(200, 30, 30));
            g.fillRect(1000, 60, 120, 60);
        });

        assertThat(PdfPageImages.classify(img)).isEqualTo(PdfPageImages.Kind.COLOUR);
    }
}
