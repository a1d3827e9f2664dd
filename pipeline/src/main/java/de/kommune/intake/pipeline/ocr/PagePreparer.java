package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.ocr.preprocess.Deskewer;
import de.kommune.intake.pipeline.ocr.preprocess.IlluminationNormalizer;
import de.kommune.intake.pipeline.ocr.preprocess.OpenCv;
import de.kommune.intake.pipeline.ocr.preprocess.OrientationDetector;
import de.kommune.intake.pipeline.ocr.preprocess.PerspectiveCorrector;
import de.kommune.intake.pipeline.ocr.preprocess.PreprocessSettings;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Brings a page image to what Tesseract reads best: grey, about 300 dpi, upright and straight. When the file
 * does not state its resolution (phone photos), it is estimated from the short side of an A4 page.
 *
 * <p>Photos (images without a stated resolution) and scans get different chains; each step is optional
 * ({@link PreprocessSettings}) and recorded in the corrections when it changed the page:
 * <ul>
 *   <li>photo: perspective correction and crop to the sheet ({@code perspective:WxH}, with the resolution
 *       estimated from the sheet instead of the whole photo), resample, illumination normalisation
 *       ({@code illumination}), orientation ({@code rotate:D}), deskew ({@code deskew:A});</li>
 *   <li>scan: resample, orientation, deskew.</li>
 * </ul>
 * Illumination normalisation is not applied to scans: a scanner lights the page evenly, and dividing by the
 * background would only amplify paper texture and noise. A step that cannot measure its correction confidently
 * (no sheet outline found, no clear text lines, OSD unsure) leaves the page as it is.
 *
 * <p>Thread-safe: the steps keep no state between pages (OSD keeps one Tesseract handle per thread).
 */
final class PagePreparer {

    static final int TARGET_DPI = 300;
    private static final double A4_SHORT_SIDE_INCHES = 8.27;

    record Prepared(BufferedImage image, int dpi, boolean bilevel, List<String> corrections) {
    }

    private final PreprocessSettings settings;
    private final PerspectiveCorrector perspective = new PerspectiveCorrector();
    private final IlluminationNormalizer illumination = new IlluminationNormalizer();
    private final Deskewer deskewer = new Deskewer();
    private final OrientationDetector orientation;
    private final StepClock clock;

    /** Only grey conversion and resampling, no further preprocessing. */
    PagePreparer() {
        this(PreprocessSettings.NONE, null, StepClock.NONE);
    }

    /** @param datapath the tessdata folder holding {@code osd.traineddata} (for {@code settings.osd()}) */
    PagePreparer(PreprocessSettings settings, String datapath, StepClock clock) {
        this.settings = settings;
        this.clock = clock;
        this.orientation = settings.osd() && datapath != null ? new OrientationDetector(datapath) : null;
    }

    Prepared prepare(SourcePage.Image page) {
        List<String> corrections = new ArrayList<>(page.corrections());
        BufferedImage src = page.image();
        boolean bilevel = src.getType() == BufferedImage.TYPE_BYTE_BINARY && src.getColorModel().getPixelSize() == 1;
        long t = clock.now();
        BufferedImage gray = Images.toGray(src);
        clock.record("prepare.gray", t);
        int dpi = page.dpi();
        boolean photo = dpi <= 0;
        boolean opencv = settings.any() && OpenCv.available();
        boolean resampled = false;

        if (photo && settings.perspective() && opencv) {
            t = clock.now();
            Optional<PerspectiveCorrector.Quad> sheet = perspective.detect(src);
            if (sheet.isPresent()) {
                PerspectiveCorrector.Quad q = sheet.get();
                dpi = (int) Math.round(q.shortSide() / A4_SHORT_SIDE_INCHES);
                double factor = factor(dpi);
                int shortSide = (int) Math.round(q.shortSide() * factor);
                int longSide = (int) Math.round(shortSide * q.aspect());
                int w = q.portrait() ? shortSide : longSide;
                int h = q.portrait() ? longSide : shortSide;
                gray = perspective.warp(gray, q, w, h); // warped straight to the target resolution
                bilevel = false;
                resampled = true;
                corrections.add("perspective:" + w + "x" + h);
                corrections.add("dpi-estimated:" + dpi);
                if (factor != 1.0) {
                    int newDpi = (int) Math.round(dpi * factor);
                    corrections.add("resample:" + dpi + "->" + newDpi + "dpi");
                    dpi = newDpi;
                }
            }
            clock.record("prepare.perspective", t);
        }
        if (dpi <= 0) {
            dpi = (int) Math.round(Math.min(gray.getWidth(), gray.getHeight()) / A4_SHORT_SIDE_INCHES);
            corrections.add("dpi-estimated:" + dpi);
        }
        double factor = resampled ? 1.0 : factor(dpi);
        if (factor != 1.0) {
            t = clock.now();
            gray = Images.scale(gray, factor);
            clock.record("prepare.resample", t);
            int newDpi = (int) Math.round(dpi * factor);
            corrections.add("resample:" + dpi + "->" + newDpi + "dpi");
            dpi = newDpi;
            bilevel = false;
        }

        if (photo && settings.illumination() && opencv) {
            t = clock.now();
            gray = illumination.normalize(gray);
            clock.record("prepare.illumination", t);
            bilevel = false;
            corrections.add("illumination");
        }
        if (orientation != null) {
            t = clock.now();
            Optional<OrientationDetector.Orientation> o = orientation.detect(gray, dpi);
            if (o.isPresent() && o.get().rotate() != 0) {
                gray = Images.rotate(gray, o.get().rotate());
                corrections.add("rotate:" + o.get().rotate());
            }
            clock.record("prepare.orientation", t);
        }
        if (settings.deskew() && opencv) {
            t = clock.now();
            OptionalDouble angle = deskewer.measure(gray);
            if (angle.isPresent() && Math.abs(angle.getAsDouble()) >= 0.3) {
                gray = deskewer.rotate(gray, angle.getAsDouble(), bilevel);
                corrections.add(String.format(Locale.ROOT, "deskew:%.2f", angle.getAsDouble()));
            }
            clock.record("prepare.deskew", t);
        }
        return new Prepared(gray, dpi, bilevel, corrections);
    }

    /** Whether a page at {@code dpi} would be resampled: outside 250–400 dpi. */
    static boolean needsResampling(int dpi) {
        return factor(dpi) != 1.0;
    }

    /**
     * Resampling factor towards 300 dpi, 1 when the resolution is close enough (each resampling blurs a little);
     * upscaling is capped at twice, and the resolution reported afterwards is the one actually reached.
     */
    private static double factor(int dpi) {
        if (dpi > 400 || dpi < 250) {
            return Math.min(2.0, (double) TARGET_DPI / dpi);
        }
        return 1.0;
    }
}
