package de.kommune.intake.pipeline.ocr.preprocess;

import com.sun.jna.ptr.PointerByReference;
import de.kommune.intake.pipeline.ocr.GreyPix;
import net.sourceforge.lept4j.Leptonica1;
import net.sourceforge.lept4j.Pix;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI1;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Detects pages lying at 90, 180 or 270 degrees with Tesseract's orientation and script detection (OSD, model
 * {@code osd.traineddata}). Tesseract handles are not thread-safe, so each calling thread gets its own OSD
 * handle, separate from the recognition engine, kept for the thread's life (as the OCR sessions are).
 */
public final class OrientationDetector implements AutoCloseable {

    /**
     * Below this OSD confidence the page is left as it is. Pages with little running text (ID card copies, forms
     * in monospace) score wrong orientations at 3 to 7; clear text pages score 10 and more.
     */
    static final float MIN_CONFIDENCE = 5.0f;
    private static final int LINE_FINDER_DPI = 70;

    /** Result: turn the page clockwise by {@code rotate} degrees (0, 90, 180, 270) to make it upright. */
    public record Orientation(int rotate, float confidence) {
    }

    private final String datapath;
    private final boolean usable;
    private final Map<Thread, TessBaseAPI> handles = new ConcurrentHashMap<>();

    public OrientationDetector(String datapath) {
        this.datapath = datapath;
        this.usable = datapath != null && Files.exists(Path.of(datapath, "osd.traineddata"));
    }

    /** False when {@code osd.traineddata} is not installed: then no orientation is ever detected. */
    public boolean usable() {
        return usable;
    }

    /** The orientation, when Tesseract is confident about it; empty for blank pages or too little text. */
    public Optional<Orientation> detect(BufferedImage image) {
        return detect(image, 300);
    }

    /** @param dpi the image's resolution */
    public Optional<Orientation> detect(BufferedImage image, int dpi) {
        if (!usable) {
            return Optional.empty();
        }
        TessBaseAPI handle = handles.computeIfAbsent(Thread.currentThread(), t -> open());
        if (handle == null) {
            return Optional.empty();
        }
        Pix pix = toPix(image);
        try {
            TessAPI1.TessBaseAPISetImage2(handle, pix);
            TessAPI1.TessBaseAPISetSourceResolution(handle, dpi);
            IntBuffer degrees = IntBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1);
            FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
            PointerByReference script = new PointerByReference(); // points into Tesseract's tables: not freed
            int ok = TessAPI1.TessBaseAPIDetectOrientationScript(handle, degrees, confidence, script,
                    scriptConfidence);
            if (ok != ITessAPI.TRUE || confidence.get(0) < MIN_CONFIDENCE) {
                return Optional.empty();
            }
            // Tesseract reports how far the page is turned clockwise; undo it by turning on to a full circle.
            int rotate = Math.floorMod(360 - degrees.get(0), 360);
            return Optional.of(new Orientation(rotate, confidence.get(0)));
        } finally {
            TessAPI1.TessBaseAPIClear(handle);
            GreyPix.destroy(pix);
        }
    }

    /**
     * A Leptonica copy of the image. OSD's line and picture finder reads the resolution from the image itself
     * (not from the source resolution) and, finding none, warns on every page and works at 70 dpi. We set those
     * 70 dpi explicitly: measured on 300 dpi office scans, the finder at the true resolution took several times
     * longer (over 1 s a page) and gave lower confidences, with the same orientations.
     */
    private static Pix toPix(BufferedImage image) {
        Pix pix = GreyPix.of(OpenCv.pixels(image), image.getWidth(), image.getHeight());
        Leptonica1.pixSetResolution(pix, LINE_FINDER_DPI, LINE_FINDER_DPI);
        return pix;
    }

    private TessBaseAPI open() {
        TessBaseAPI handle = TessAPI1.TessBaseAPICreate();
        if (TessAPI1.TessBaseAPIInit2(handle, datapath, "osd", ITessAPI.TessOcrEngineMode.OEM_TESSERACT_ONLY) != 0) {
            TessAPI1.TessBaseAPIDelete(handle);
            return null;
        }
        TessAPI1.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_OSD_ONLY);
        TesseractDiagnostics.discard(handle);
        return handle;
    }

    @Override
    public void close() {
        handles.values().forEach(h -> {
            TessAPI1.TessBaseAPIEnd(h);
            TessAPI1.TessBaseAPIDelete(h);
        });
        handles.clear();
    }
}
