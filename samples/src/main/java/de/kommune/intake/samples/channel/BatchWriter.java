package de.kommune.intake.samples.channel;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import de.kommune.intake.samples.DocumentLabel;
import de.kommune.intake.samples.GeneratedDocument;
import de.kommune.intake.samples.SampleLabel;
import de.kommune.intake.samples.layout.PageContent;
import de.kommune.intake.samples.render.ImageFiles;
import de.kommune.intake.samples.render.ImageFiles.PdfImageMode;
import de.kommune.intake.samples.render.Rasterizer;
import de.kommune.intake.samples.render.ScanEffects;

/**
 * batch: 2-5 documents scanned in one go into a multi-page PDF or TIFF, separated by PATCHT separator sheets
 * (sometimes also one in front of the first document).
 */
public final class BatchWriter {

    /** Container and colour depth of the batch file. */
    public enum Format { PDF_G4, PDF_GRAY, TIF_G4 }

    private BatchWriter() {
    }

    public static SampleLabel write(List<GeneratedDocument> docs, String stem, Output out, Random rnd)
            throws IOException {
        Format format = Format.values()[rnd.nextInt(Format.values().length)];
        SeparatorSheet.Kind sepKind = SeparatorSheet.Kind.values()[rnd.nextInt(3)];
        boolean bilevel = format != Format.PDF_GRAY;
        int dpi = bilevel ? 300 : (rnd.nextBoolean() ? 200 : 300);
        boolean leading = rnd.nextDouble() < 0.15;

        List<PageContent> sequence = new ArrayList<>();
        List<Integer> separators = new ArrayList<>();
        List<DocumentLabel> labels = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            if (d > 0 || leading) {
                sequence.add(SeparatorSheet.page(sepKind, rnd));
                separators.add(sequence.size());
            }
            GeneratedDocument doc = docs.get(d);
            labels.add(out.label(doc, stem + "_d" + (d + 1), sequence.size() + 1));
            sequence.addAll(doc.pages());
        }
        List<BufferedImage> pages = new ArrayList<>();
        List<Double> skews = new ArrayList<>();
        for (BufferedImage page : Rasterizer.render(sequence, dpi, false)) {
            double skew = Math.round((rnd.nextDouble() - 0.5) * 1.6 * 100) / 100.0;
            BufferedImage p = ScanEffects.rotate(page, skew, 255);
            ScanEffects.toneAndNoise(p, 240 + rnd.nextInt(14), 2 + rnd.nextDouble() * 3, rnd);
            ScanEffects.dust(p, rnd.nextInt(20), rnd);
            pages.add(p);
            skews.add(skew);
        }
        String fileName;
        if (format == Format.TIF_G4) {
            fileName = stem + ".tif";
            ImageFiles.writeG4Tiff(ScanWriter.bilevel(pages, rnd), dpi, out.input("batch", fileName));
        } else {
            fileName = stem + ".pdf";
            ImageFiles.writeImagePdf(bilevel ? ScanWriter.bilevel(pages, rnd) : pages, dpi,
                    bilevel ? PdfImageMode.G4 : PdfImageMode.JPEG, 0.75f, "Batch scanner",
                    out.input("batch", fileName));
        }
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("format", format.name().toLowerCase());
        notes.put("bilevel", bilevel);
        notes.put("dpi", dpi);
        notes.put("separator", sepKind.name().toLowerCase());
        notes.put("leadingSeparator", leading);
        notes.put("skewDeg", skews);
        return new SampleLabel(Output.relative("batch", fileName), "batch", sequence.size(), labels, separators, null,
                notes);
    }
}
