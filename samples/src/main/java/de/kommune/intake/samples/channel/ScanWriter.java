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

/** scan: a clean 300 dpi image-only scan: grey PNG, CCITT G4 multi-page TIFF, G4 PDF or grey JPEG PDF. */
public final class ScanWriter {

    /** Storage forms of a scan. */
    public enum Mode { PNG, G4TIF, G4PDF, GRAYPDF }

    private ScanWriter() {
    }

    public static SampleLabel write(GeneratedDocument doc, String stem, Output out, Random rnd) throws IOException {
        Mode mode = Mode.values()[rnd.nextInt(Mode.values().length)];
        if (mode == Mode.PNG && doc.pages().size() > 1) {
            mode = Mode.G4TIF;
        }
        return write(doc, stem, out, rnd, mode);
    }

    public static SampleLabel write(GeneratedDocument doc, String stem, Output out, Random rnd, Mode mode)
            throws IOException {
        int dpi = 300;
        List<BufferedImage> grey = new ArrayList<>();
        for (BufferedImage page : Rasterizer.render(doc.pages(), dpi, false)) {
            ScanEffects.toneAndNoise(page, 248 + rnd.nextInt(8), 6 + rnd.nextDouble() * 6, true, rnd);
            ScanEffects.dust(page, rnd.nextInt(12), rnd);
            grey.add(page);
        }
        String fileName;
        switch (mode) {
            case PNG -> {
                fileName = stem + ".png";
                ImageFiles.writePng(grey.get(0), dpi, out.input("scan", fileName));
            }
            case G4TIF -> {
                fileName = stem + ".tif";
                ImageFiles.writeG4Tiff(bilevel(grey, rnd), dpi, out.input("scan", fileName));
            }
            case G4PDF -> {
                fileName = stem + ".pdf";
                ImageFiles.writeImagePdf(bilevel(grey, rnd), dpi, PdfImageMode.G4, 0, "Scanner", out.input("scan",
                        fileName));
            }
            default -> {
                fileName = stem + ".pdf";
                ImageFiles.writeImagePdf(grey, dpi, PdfImageMode.JPEG, 0.8f, "Scanner", out.input("scan", fileName));
            }
        }
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("scanMode", mode.name().toLowerCase());
        notes.put("dpi", dpi);
        return new SampleLabel(Output.relative("scan", fileName), "scan", doc.pages().size(),
                List.of(out.label(doc, stem, 1)), null, null, notes);
    }

    static List<BufferedImage> bilevel(List<BufferedImage> grey, Random rnd) {
        List<BufferedImage> out = new ArrayList<>();
        int threshold = 150 + rnd.nextInt(30);
        grey.forEach(g -> out.add(ScanEffects.binarize(g, threshold)));
        return out;
    }
}
