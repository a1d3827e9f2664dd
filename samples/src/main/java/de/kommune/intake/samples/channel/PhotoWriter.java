package de.kommune.intake.samples.channel;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import de.kommune.intake.samples.GeneratedDocument;
import de.kommune.intake.samples.SampleLabel;
import de.kommune.intake.samples.layout.PageContent;
import de.kommune.intake.samples.render.ImageFiles;
import de.kommune.intake.samples.render.PhotoEffects;
import de.kommune.intake.samples.render.Rasterizer;

/**
 * photo: a phone photo (JPEG) of a one-page document. Sometimes the raw pixels are stored rotated with an EXIF
 * Orientation tag that makes the image upright when honoured.
 */
public final class PhotoWriter {

    private static final String[][] PHONES = {{"samsung", "SM-A546B"}, {"Google", "Pixel 7a"},
            {"Xiaomi", "Redmi Note 12"}, {"Apple", "iPhone 12"}, {"motorola", "moto g54 5G"}};

    private PhotoWriter() {
    }

    public static SampleLabel write(GeneratedDocument doc, String stem, Output out, Random rnd, int longSide,
                                    float quality, LocalDate taken) throws IOException {
        if (doc.pages().size() != 1) {
            throw new IllegalArgumentException("photos hold one page, got " + doc.pages().size());
        }
        int width = longSide * 3 / 4;
        int height = longSide;
        PageContent page = doc.pages().get(0);
        float dpi = (float) (height * 1.25 / (page.height() / 72f));
        BufferedImage rendered = Rasterizer.render(doc.pages(), dpi, true).get(0);
        Map<String, Object> notes = new LinkedHashMap<>();
        BufferedImage upright = PhotoEffects.photograph(rendered, width, height, rnd, notes);
        int r = rnd.nextInt(10);
        int orientation = r < 6 ? 1 : r < 8 ? 6 : r < 9 ? 8 : 3;
        // Raw pixels are stored so that applying the tag's rotation restores the upright image.
        BufferedImage raw = switch (orientation) {
            case 6 -> PhotoEffects.rotateQuarter(upright, 3);
            case 8 -> PhotoEffects.rotateQuarter(upright, 1);
            case 3 -> PhotoEffects.rotateQuarter(upright, 2);
            default -> upright;
        };
        String[] phone = PHONES[rnd.nextInt(PHONES.length)];
        String fileName = stem + ".jpg";
        String dateTime = String.format("%04d:%02d:%02d %02d:%02d:%02d", taken.getYear(), taken.getMonthValue(),
                taken.getDayOfMonth(), 8 + rnd.nextInt(12), rnd.nextInt(60), rnd.nextInt(60));
        ImageFiles.writeJpegWithExif(raw, quality, orientation, phone[0], phone[1], dateTime,
                out.input("photo", fileName));
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("exifOrientation", orientation);
        all.put("rawRotated", orientation != 1);
        all.put("jpegQuality", Math.round(quality * 100));
        all.put("photoSize", List.of(raw.getWidth(), raw.getHeight()));
        all.putAll(notes);
        return new SampleLabel(Output.relative("photo", fileName), "photo", 1, List.of(out.label(doc, stem, 1)), null,
                null, all);
    }
}
