package de.kommune.intake.pipeline.ocr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
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
 * Finds barcodes on a page (separator sheets, BG-number codes, GiroCodes). A pass over all symbologies on a
 * half-size copy catches the 2D codes and large 1D codes; a linear-only pass at full size catches thin 1D stickers
 * (Code 128 BG labels), which halving makes unreadable. Together about a tenth of a page's OCR time.
 */
final class BarcodeScanner {

    private static final Map<DecodeHintType, Object> ALL_FORMATS = hints(List.of(BarcodeFormat.QR_CODE,
            BarcodeFormat.DATA_MATRIX, BarcodeFormat.CODE_128, BarcodeFormat.CODE_39, BarcodeFormat.PDF_417,
            BarcodeFormat.AZTEC));
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
        Set<String> found = new LinkedHashSet<>(decode(Images.scale(page, 0.5), ALL_FORMATS));
        found.addAll(decode(page, LINEAR));
        return new ArrayList<>(found);
    }

    private static List<String> decode(BufferedImage image, Map<DecodeHintType, Object> hints) {
        List<String> out = new ArrayList<>();
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
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
}
