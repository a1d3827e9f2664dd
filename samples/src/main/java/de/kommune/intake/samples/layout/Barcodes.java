package de.kommune.intake.samples.layout;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** Encodes barcodes with ZXing and draws them as vector rectangles (crisp at any resolution). */
public final class Barcodes {

    /** Supported symbologies. */
    public enum Kind { CODE128, QR }

    private Barcodes() {
    }

    /** The module matrix without quiet zone. */
    public static BitMatrix encode(Kind kind, String content) {
        try {
            if (kind == Kind.QR) {
                return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            }
            return new Code128Writer().encode(content, BarcodeFormat.CODE_128, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + content, e);
        }
    }

    /**
     * Draws the code into the box (x, y, w, h). QR stays square (side = min(w, h)); Code 128 bars fill the box.
     * Returns the width actually used.
     */
    public static float draw(Canvas c, Kind kind, String content, float x, float y, float w, float h) {
        BitMatrix m = encode(kind, content);
        if (kind == Kind.QR) {
            float side = Math.min(w, h);
            float mod = side / m.getWidth();
            for (int row = 0; row < m.getHeight(); row++) {
                int col = 0;
                while (col < m.getWidth()) {
                    if (!m.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < m.getWidth() && m.get(col, row)) {
                        col++;
                    }
                    c.fill(x + start * mod, y + row * mod, (col - start) * mod, mod * 1.02f, 0x000000);
                }
            }
            return side;
        }
        float mod = w / m.getWidth();
        int col = 0;
        while (col < m.getWidth()) {
            if (!m.get(col, 0)) {
                col++;
                continue;
            }
            int start = col;
            while (col < m.getWidth() && m.get(col, 0)) {
                col++;
            }
            c.fill(x + start * mod, y, (col - start) * mod, h, 0x000000);
        }
        return w;
    }

    /** Number of modules across (for choosing a printable size). */
    public static int modules(Kind kind, String content) {
        return encode(kind, content).getWidth();
    }
}
