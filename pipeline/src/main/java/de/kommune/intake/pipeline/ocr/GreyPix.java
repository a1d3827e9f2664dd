package de.kommune.intake.pipeline.ocr;

import com.sun.jna.ptr.PointerByReference;
import net.sourceforge.lept4j.Leptonica1;
import net.sourceforge.lept4j.Pix;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * An 8-bit grey image as a Leptonica {@link Pix}, the form Tesseract keeps images in. Handing Tesseract a Pix
 * instead of raw bytes spares its pixel-by-pixel copy loop (about 20 ms a 300 dpi page); the bytes are moved here
 * in bulk, 32-bit words at a time. The caller destroys the Pix with {@link #destroy}.
 */
public final class GreyPix {

    private GreyPix() {
    }

    /** @param pixels one byte per pixel, rows of {@code width} bytes without padding */
    public static Pix of(byte[] pixels, int width, int height) {
        if (pixels.length < width * height) {
            throw new IllegalArgumentException("fewer pixels than " + width + " x " + height);
        }
        Pix pix = Leptonica1.pixCreateNoInit(width, height, 8);
        int wpl = Leptonica1.pixGetWpl(pix);
        // Leptonica keeps the leftmost of four pixels in a word's most significant byte, in the machine's own byte
        // order: four pixel bytes read as a big-endian int are that word, written back in native order.
        IntBuffer words = Leptonica1.pixGetData(pix).getPointer().getByteBuffer(0, 4L * wpl * height)
                .order(ByteOrder.nativeOrder()).asIntBuffer();
        int whole = width / 4;
        int rest = width - 4 * whole;
        if (rest == 0 && whole == wpl) {
            words.put(ByteBuffer.wrap(pixels, 0, width * height).order(ByteOrder.BIG_ENDIAN).asIntBuffer());
            return pix;
        }
        ByteBuffer source = ByteBuffer.wrap(pixels).order(ByteOrder.BIG_ENDIAN);
        for (int y = 0; y < height; y++) {
            int row = y * width;
            words.position(y * wpl);
            words.put(source.position(row).limit(row + 4 * whole).slice().order(ByteOrder.BIG_ENDIAN).asIntBuffer());
            source.limit(pixels.length);
            int last = 0;
            for (int x = 0; x < rest; x++) {
                last |= (pixels[row + 4 * whole + x] & 0xFF) << (24 - 8 * x);
            }
            for (int w = whole; w < wpl; w++) {
                words.put(w == whole ? last : 0); // the pad beyond the last pixel: blank
            }
        }
        return pix;
    }

    public static void destroy(Pix pix) {
        Leptonica1.pixDestroy(new PointerByReference(pix.getPointer()));
    }
}
