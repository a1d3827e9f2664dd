package de.kommune.intake.samples.channel;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import de.kommune.intake.samples.GeneratedDocument;
import de.kommune.intake.samples.SampleLabel;
import de.kommune.intake.samples.render.ImageFiles;
import de.kommune.intake.samples.render.ImageFiles.PdfImageMode;
import de.kommune.intake.samples.render.Rasterizer;
import de.kommune.intake.samples.render.ScanEffects;

/** office: a multifunction-printer scan: grey 200-300 dpi, skewed 0.5-3 degrees, noisy, sometimes upside down. */
public final class OfficeWriter {

    private OfficeWriter() {
    }

    public static SampleLabel write(GeneratedDocument doc, String stem, Output out, Random rnd, List<Integer> dpis)
            throws IOException {
        int dpi = dpis.get(rnd.nextInt(dpis.size()));
        List<BufferedImage> pages = new ArrayList<>();
        List<Double> skews = new ArrayList<>();
        List<Integer> upsideDown = new ArrayList<>();
        boolean turnSomething = rnd.nextDouble() < 0.25;
        int turnedPage = turnSomething ? (doc.pages().size() == 1 || rnd.nextBoolean() ? 0
                : rnd.nextInt(doc.pages().size())) : -1;
        List<BufferedImage> rendered = Rasterizer.render(doc.pages(), dpi, false);
        for (int i = 0; i < rendered.size(); i++) {
            BufferedImage page = rendered.get(i);
            double skew = (0.5 + rnd.nextDouble() * 2.5) * (rnd.nextBoolean() ? 1 : -1);
            skew = Math.round(skew * 100) / 100.0;
            ScanEffects.soften(page, 0.4f);
            page = ScanEffects.rotate(page, skew, 255);
            if (rnd.nextDouble() < 0.3) {
                ScanEffects.edgeShadow(page, rnd);
            }
            ScanEffects.toneAndNoise(page, 228 + rnd.nextInt(18), 4 + rnd.nextDouble() * 4, rnd);
            ScanEffects.dust(page, 15 + rnd.nextInt(60), rnd);
            if (i == turnedPage) {
                page = ScanEffects.rotate180(page);
                upsideDown.add(i + 1);
            }
            skews.add(skew);
            pages.add(page);
        }
        String fileName = stem + ".pdf";
        float quality = 0.55f + rnd.nextFloat() * 0.2f;
        ImageFiles.writeImagePdf(pages, dpi, PdfImageMode.JPEG, quality, rnd.nextBoolean()
                ? "KONICA MINOLTA bizhub C300i" : "RICOH IM C3000", out.input("office", fileName));
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("dpi", dpi);
        notes.put("skewDeg", skews);
        notes.put("firstPageUpsideDown", upsideDown.contains(1));
        notes.put("upsideDownPages", upsideDown);
        return new SampleLabel(Output.relative("office", fileName), "office", doc.pages().size(),
                List.of(out.label(doc, stem, 1)), null, null, notes);
    }
}
