package de.kommune.intake.pipeline.ocr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds barcodes on a page (separator sheets, BG-number codes, GiroCodes). Two passes, each only with the
 * symbologies it can see:
 * <ul>
 *   <li>2D codes (QR incl. GiroCode, DataMatrix of BA forms and visible digital seals, Aztec of rail tickets) on a
 *       half-size copy: their modules survive halving;</li>
 *   <li>1D codes (Code 128 BG stickers, Code 39 patch sheets) at full size, which thin stickers need, on every row
 *       but without ZXing's retry on the page turned by 90 degrees: that retry rotates the whole 300 dpi page for
 *       every page without a code and cost six times the rest of the scan (measured: 40 pages, 22.7 s with it,
 *       3.3 s without, the same codes found). Codes standing upright on a page are the price.</li>
 * </ul>
 * PDF417 is not looked for: none of the codes met on Jobcenter mail (BA DataMatrix, digital seals, franking marks,
 * GiroCode, BG stickers, patch sheets) is one, and its detector was the most expensive of the 2D ones.
 */
final class BarcodeScanner {

    private static final Map<DecodeHintType, Object> TWO_D = hints(List.of(BarcodeFormat.QR_CODE,
            BarcodeFormat.DATA_MATRIX, BarcodeFormat.AZTEC));
    private static final Map<DecodeHintType, Object> LINEAR = hints(List.of(BarcodeFormat.CODE_128,
            BarcodeFormat.CODE_39));

    private static Map<DecodeHintType, Object> hints(List<BarcodeFormat> formats) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, formats);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        return hints;
    }

    /** @return decoded codes as {@code FORMAT:payload}, without duplicates */
    List<String> scan(BufferedImage page) {
        Set<String> found = new LinkedHashSet<>(
                decode(new BufferedImageLuminanceSource(Images.scale(page, 0.5)), TWO_D));
        found.addAll(decode(new WithoutRotation(new BufferedImageLuminanceSource(page)), LINEAR));
        return new ArrayList<>(found);
    }

    private static List<String> decode(LuminanceSource source, Map<DecodeHintType, Object> hints) {
        List<String> out = new ArrayList<>();
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(source));
        try {
            Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap, hints);
            for (Result r : results) {
                out.add(r.getBarcodeFormat().name() + ":" + r.getText());
            }
        } catch (NotFoundException e) {
            // no barcode on this page: the normal case
        } catch (RuntimeException e) {
            // ZXing can trip over odd images; a missed barcode must not cost the page
        }
        return out;
    }

    /** The page as it is, saying it cannot be rotated, so the 1D readers do not retry on the turned page. */
    private static final class WithoutRotation extends LuminanceSource {
        private final LuminanceSource source;

        WithoutRotation(LuminanceSource source) {
            super(source.getWidth(), source.getHeight());
            this.source = source;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            return source.getRow(y, row);
        }

        @Override
        public byte[] getMatrix() {
            return source.getMatrix();
        }

        @Override
        public boolean isCropSupported() {
            return source.isCropSupported();
        }

        @Override
        public LuminanceSource crop(int left, int top, int width, int height) {
            return new WithoutRotation(source.crop(left, top, width, height));
        }
    }
}
