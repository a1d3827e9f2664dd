package de.kommune.intake.pipeline.ocr;

import com.sun.jna.Pointer;
import de.kommune.intake.pipeline.model.OcrWord;
import de.kommune.intake.pipeline.ocr.preprocess.TesseractDiagnostics;
import net.sourceforge.lept4j.Pix;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI1;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One initialised Tesseract engine. Not thread-safe: each OCR worker thread owns one session, kept for the
 * thread's life so the language models are loaded once, not per page.
 *
 * <p>Uses the C API directly (through Tess4J's JNA binding) so one recognition pass yields text, word boxes and
 * confidences together; Tess4J's convenience methods would recognise the page twice for that.
 */
final class TesseractSession implements AutoCloseable {

    private static final String MRZ_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final TessBaseAPI handle;
    private boolean closed;

    TesseractSession(String datapath, String languages) {
        handle = TessAPI1.TessBaseAPICreate();
        int rc = TessAPI1.TessBaseAPIInit2(handle, datapath, languages, ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY);
        if (rc != 0) {
            TessAPI1.TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract could not load languages '" + languages + "' from '"
                    + datapath + "' (install the tesseract-ocr-<lang> packages or set intake.ocr.datapath)");
        }
        TessAPI1.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_AUTO);
        // Page images come in at the resolution we normalised them to; saying so avoids Tesseract guessing.
        TessAPI1.TessBaseAPISetVariable(handle, "user_defined_dpi", "300");
        TesseractDiagnostics.discard(handle);
    }

    /** A string parameter as the engine holds it (for tests and diagnostics); null for unknown or non-string ones. */
    String variable(String name) {
        return TessAPI1.TessBaseAPIGetStringVariable(handle, name);
    }

    /**
     * Synchronized with {@link #close()}: at shutdown the engine closes the sessions while page-pool threads may
     * still be inside Tesseract (an interrupt does not stop native code); freeing the handle under a running
     * recognition corrupts the native heap. Close waits for the page instead.
     */
    synchronized RecognizedPage recognize(BufferedImage image) {
        if (closed) {
            throw new IllegalStateException("Tesseract session already closed (shutting down)");
        }
        Pix pix = setImage(image);
        try {
            if (TessAPI1.TessBaseAPIRecognize(handle, null) != 0) {
                return new RecognizedPage("", List.of(), 0);
            }
            return collect(TessAPI1.TessBaseAPIMeanTextConf(handle));
        } finally {
            TessAPI1.TessBaseAPIClear(handle);
            if (pix != null) {
                GreyPix.destroy(pix);
            }
        }
    }

    /**
     * Reads a machine-readable zone cut from a page: one block of text, only the characters ICAO 9303 allows.
     * Page mode reads the OCR-B zone with lower-case letters and punctuation ("<" as "c", "e", "«"), which no
     * check-digit repair undoes. The session's page settings are restored afterwards.
     */
    synchronized RecognizedPage recognizeMachineReadableZone(BufferedImage zone) {
        return recognizeRestricted(zone, ITessAPI.TessPageSegMode.PSM_SINGLE_BLOCK, MRZ_CHARACTERS);
    }

    /**
     * The character boxes {left, top, right, bottom} of one word cut from a page, as Tesseract segments it read as a
     * single word. The session's page settings are restored afterwards.
     */
    synchronized List<int[]> characterBoxes(BufferedImage word) {
        if (closed) {
            throw new IllegalStateException("Tesseract session already closed (shutting down)");
        }
        TessAPI1.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_SINGLE_WORD);
        Pix pix = setImage(word);
        List<int[]> boxes = new ArrayList<>();
        try {
            if (TessAPI1.TessBaseAPIRecognize(handle, null) != 0) {
                return boxes;
            }
            TessResultIterator ri = TessAPI1.TessBaseAPIGetIterator(handle);
            if (ri == null) {
                return boxes;
            }
            try {
                TessPageIterator pi = TessAPI1.TessResultIteratorGetPageIterator(ri);
                TessAPI1.TessPageIteratorBegin(pi);
                IntBuffer l = IntBuffer.allocate(1), t = IntBuffer.allocate(1), r = IntBuffer.allocate(1),
                        b = IntBuffer.allocate(1);
                do {
                    if (TessAPI1.TessPageIteratorBoundingBox(pi, ITessAPI.TessPageIteratorLevel.RIL_SYMBOL, l, t, r, b)
                            == ITessAPI.TRUE) {
                        boxes.add(new int[] {l.get(0), t.get(0), r.get(0), b.get(0)});
                    }
                } while (TessAPI1.TessPageIteratorNext(pi, ITessAPI.TessPageIteratorLevel.RIL_SYMBOL) == ITessAPI.TRUE);
            } finally {
                TessAPI1.TessResultIteratorDelete(ri);
            }
            return boxes;
        } finally {
            TessAPI1.TessBaseAPIClear(handle);
            if (pix != null) {
                GreyPix.destroy(pix);
            }
            TessAPI1.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_AUTO);
        }
    }

    /**
     * One glyph cut from a word, read as a single character that must be a capital letter (the page's text is
     * the letter, its word carries the confidence). The session's page settings are restored afterwards.
     */
    synchronized RecognizedPage recognizeLetter(BufferedImage glyph) {
        return recognizeRestricted(glyph, ITessAPI.TessPageSegMode.PSM_SINGLE_CHAR, LETTERS);
    }

    /**
     * A column cut from a page read as one uniform block of text, any characters (a letter's information block).
     * The session's page settings are restored afterwards.
     */
    synchronized RecognizedPage recognizeBlock(BufferedImage block) {
        return recognizeRestricted(block, ITessAPI.TessPageSegMode.PSM_SINGLE_BLOCK, "");
    }

    /** A cut-out read in one segmentation mode and character whitelist; the page settings are restored after. */
    private RecognizedPage recognizeRestricted(BufferedImage image, int pageSegMode, String whitelist) {
        if (closed) {
            throw new IllegalStateException("Tesseract session already closed (shutting down)");
        }
        TessAPI1.TessBaseAPISetPageSegMode(handle, pageSegMode);
        TessAPI1.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist);
        try {
            return recognize(image);
        } finally {
            TessAPI1.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", "");
            TessAPI1.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_AUTO);
        }
    }

    /**
     * Hands the pixels to Tesseract: 1-bit pages as 1-bit (Tesseract then skips its own thresholding, about a
     * sixth of the recognition time of a bilevel scan, and reads exactly the pixels that are filed), anything
     * else as 8-bit grey in a Leptonica image (Tesseract copies a Pix in one go, raw grey bytes pixel by pixel).
     *
     * @return the Pix to destroy after recognition, or null
     */
    private Pix setImage(BufferedImage image) {
        if (Images.isPackedOneBit(image)) {
            int stride = ((MultiPixelPackedSampleModel) image.getSampleModel()).getScanlineStride();
            byte[] packed = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            ByteBuffer buf = ByteBuffer.allocateDirect(stride * image.getHeight());
            // Tesseract reads a set bit as white, as Java's default black-and-white palette does; a palette the
            // other way round (TIFF WhiteIsZero as read by ImageIO) is flipped
            boolean setIsWhite = (((IndexColorModel) image.getColorModel()).getRGB(1) & 0xFFFFFF) != 0;
            if (setIsWhite) {
                buf.put(packed, 0, stride * image.getHeight());
            } else {
                for (int i = 0; i < stride * image.getHeight(); i++) {
                    buf.put((byte) ~packed[i]);
                }
            }
            buf.flip();
            TessAPI1.TessBaseAPISetImage(handle, buf, image.getWidth(), image.getHeight(), 0, stride);
            return null;
        }
        BufferedImage img = Images.toGray(image);
        byte[] pixels = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        Pix pix = GreyPix.of(pixels, img.getWidth(), img.getHeight());
        TessAPI1.TessBaseAPISetImage2(handle, pix);
        return pix;
    }

    private RecognizedPage collect(int meanConfidence) {
        TessResultIterator ri = TessAPI1.TessBaseAPIGetIterator(handle);
        if (ri == null) {
            return new RecognizedPage("", List.of(), 0);
        }
        List<OcrWord> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        IntBuffer l = IntBuffer.allocate(1), t = IntBuffer.allocate(1), r = IntBuffer.allocate(1),
                b = IntBuffer.allocate(1);
        int line = -1;
        try {
            TessPageIterator pi = TessAPI1.TessResultIteratorGetPageIterator(ri);
            TessAPI1.TessPageIteratorBegin(pi);
            do {
                boolean newBlock = TessAPI1.TessPageIteratorIsAtBeginningOf(pi,
                        ITessAPI.TessPageIteratorLevel.RIL_PARA) == ITessAPI.TRUE;
                boolean newLine = TessAPI1.TessPageIteratorIsAtBeginningOf(pi,
                        ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE) == ITessAPI.TRUE;
                Pointer ptr = TessAPI1.TessResultIteratorGetUTF8Text(ri, ITessAPI.TessPageIteratorLevel.RIL_WORD);
                if (ptr == null) {
                    continue;
                }
                String word = ptr.getString(0, StandardCharsets.UTF_8.name());
                TessAPI1.TessDeleteText(ptr);
                if (word.isBlank()) {
                    continue;
                }
                float conf = TessAPI1.TessResultIteratorConfidence(ri, ITessAPI.TessPageIteratorLevel.RIL_WORD);
                TessAPI1.TessPageIteratorBoundingBox(pi, ITessAPI.TessPageIteratorLevel.RIL_WORD, l, t, r, b);
                if (newLine || line < 0) {
                    line++;
                    if (text.length() > 0) {
                        text.append(newBlock ? "\n\n" : "\n");
                    }
                } else {
                    text.append(' ');
                }
                text.append(word);
                words.add(new OcrWord(word, l.get(0), t.get(0), r.get(0) - l.get(0), b.get(0) - t.get(0), conf, line));
            } while (TessAPI1.TessPageIteratorNext(pi, ITessAPI.TessPageIteratorLevel.RIL_WORD) == ITessAPI.TRUE);
        } finally {
            TessAPI1.TessResultIteratorDelete(ri);
        }
        return new RecognizedPage(text.toString(), words, meanConfidence);
    }

    static String version() {
        return TessAPI1.TessVersion();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        TessAPI1.TessBaseAPIEnd(handle);
        TessAPI1.TessBaseAPIDelete(handle);
    }
}
