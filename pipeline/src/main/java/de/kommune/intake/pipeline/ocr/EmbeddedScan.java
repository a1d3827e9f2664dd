package de.kommune.intake.pipeline.ocr;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.MultiPixelPackedSampleModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The page image of a scanned PDF page, taken out of the file instead of rendering the page: a scanner or copier
 * writes one grey or black-and-white image drawn over the whole page and nothing else. Its samples are used as
 * they are: PDFBox's renderer would turn them into RGB pixel by pixel and draw them again into a grey page (the
 * largest Java cost of reading a scan, measured 0.1 s a page). The caller takes it as it is where no resampling
 * is needed (scans near 300 dpi), so the page is pixel for pixel what rendering it at its own resolution gives,
 * and enlarges it the renderer's way ({@link RenderedScan}) where it would have been rendered at a higher one.
 *
 * <p>Only the plain case is taken: a page without rotation whose content is {@code q cm Do Q} of one
 * {@code DeviceGray} image of 1 or 8 bits covering the crop box upright, with square pixels, no mask or soft mask,
 * no decode array, no more pixels than allowed, and compressed with JPEG, CCITT G4/G3, Flate or not at all (the
 * filters whose decoded samples follow DeviceGray's convention without doubt), or one plain colour JPEG of a
 * colour scanner ({@link ColourJpeg}). Anything else (text, vector drawing, stamps, several images, other colour
 * spaces, a cropped or turned image) is rendered, because only rendering shows what such a page looks like.
 */
final class EmbeddedScan {

    /** How far (in points) the image may miss the crop box edges: scanners round the page size. */
    private static final float EDGE_TOLERANCE = 2.0f;
    private static final List<COSName> PLAIN_FILTERS = List.of(COSName.DCT_DECODE, COSName.CCITTFAX_DECODE,
            COSName.FLATE_DECODE);

    /** @param ctm how the content stream places the image (the unit square) on the page */
    record Scan(BufferedImage image, int dpi, Matrix ctm) {
    }

    /** Which scans the caller takes, asked before the image is decoded. */
    @FunctionalInterface
    interface Wanted {
        /**
         * @param interpolate the image asks viewers to smooth it when enlarging ({@code /Interpolate true})
         * @param colour      a colour JPEG, handed over in grey: pixel for pixel the renderer's grey only where it
         *                    is not resampled
         */
        boolean test(int dpi, boolean interpolate, boolean colour);
    }

    private record Placed(PDImageXObject image, Matrix ctm) {
    }

    private EmbeddedScan() {
    }

    /**
     * @param maxPixels the page-image pixel limit; a larger embedded image is left to the renderer, which lowers
     *                  the resolution instead
     * @param wanted    which scans to take; the image of any other is not decoded at all
     */
    static Optional<Scan> of(PDPage page, long maxPixels, Wanted wanted) throws IOException {
        if (page.getRotation() % 360 != 0 || page.getResources() == null) {
            return Optional.empty();
        }
        Optional<Placed> placed = singleImage(page);
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        PDImageXObject image = placed.get().image();
        Matrix ctm = placed.get().ctm();
        PDRectangle box = page.getCropBox();
        boolean upright = Math.abs(ctm.getShearX()) < 1e-3 && Math.abs(ctm.getShearY()) < 1e-3
                && ctm.getScaleX() > 0 && ctm.getScaleY() > 0;
        boolean coversPage = Math.abs(ctm.getTranslateX() - box.getLowerLeftX()) <= EDGE_TOLERANCE
                && Math.abs(ctm.getTranslateY() - box.getLowerLeftY()) <= EDGE_TOLERANCE
                && Math.abs(ctm.getScaleX() - box.getWidth()) <= EDGE_TOLERANCE
                && Math.abs(ctm.getScaleY() - box.getHeight()) <= EDGE_TOLERANCE;
        int bits = image.getBitsPerComponent();
        boolean grey = image.getColorSpace() instanceof PDDeviceGray
                && PLAIN_FILTERS.containsAll(image.getStream().getFilters());
        boolean colourJpeg = image.getColorSpace() instanceof PDDeviceRGB && bits == 8
                && image.getStream().getFilters().equals(List.of(COSName.DCT_DECODE))
                && image.getCOSObject().getDictionaryObject(COSName.DECODE_PARMS, COSName.DP) == null;
        if (!upright || !coversPage || image.isStencil() || image.getSoftMask() != null || image.getDecode() != null
                || image.getCOSObject().containsKey(COSName.MASK) || (bits != 1 && bits != 8)
                || !(grey || colourJpeg)
                || (long) image.getWidth() * image.getHeight() > maxPixels) {
            return Optional.empty();
        }
        double dpiX = image.getWidth() / (box.getWidth() / 72.0);
        double dpiY = image.getHeight() / (box.getHeight() / 72.0);
        if (Math.abs(dpiX - dpiY) > 0.02 * dpiX) {
            return Optional.empty(); // non-square pixels: the renderer resamples them
        }
        int dpi = (int) Math.round(dpiX);
        if (!wanted.test(dpi, image.getInterpolate(), colourJpeg)) {
            return Optional.empty();
        }
        if (colourJpeg) {
            return ColourJpeg.grey(image).map(g -> new Scan(g, dpi, ctm));
        }
        Optional<BufferedImage> decoded;
        try (InputStream in = image.getStream().createInputStream()) {
            // no more than the samples the image declares: a stream that inflates beyond them is not read on
            long expected = (long) (bits == 8 ? image.getWidth() : (image.getWidth() + 7) / 8) * image.getHeight();
            decoded = expected > Integer.MAX_VALUE - 8 ? Optional.empty()
                    : toImage(in.readNBytes((int) expected), image.getWidth(), image.getHeight(), bits);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged image: the renderer decides what the page shows, as before
        }
        return decoded.map(d -> new Scan(d, dpi, ctm));
    }

    /**
     * The decoded samples (all filters applied: JPEG and G4 are decoded natively or row by row) copied row by row
     * into a grey or a black-and-white image. DeviceGray's 0 is black, as in Java's default black-and-white
     * palette. PDFBox's own raster reading goes through the samples bit by bit and took longer than rendering.
     */
    private static Optional<BufferedImage> toImage(byte[] samples, int w, int h, int bits) {
        int srcStride = bits == 8 ? w : (w + 7) / 8;
        if (samples.length < (long) srcStride * h) {
            return Optional.empty(); // short data: the renderer pads it as it always did
        }
        BufferedImage out = new BufferedImage(w, h, bits == 8 ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_BYTE_BINARY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int dstStride = bits == 8 ? w : ((MultiPixelPackedSampleModel) out.getSampleModel()).getScanlineStride();
        for (int y = 0; y < h; y++) {
            System.arraycopy(samples, y * srcStride, dst, y * dstStride, Math.min(srcStride, dstStride));
        }
        return Optional.of(out);
    }

    /** The one image the content stream draws and its transformation, or empty if it draws anything else. */
    private static Optional<Placed> singleImage(PDPage page) throws IOException {
        Deque<Matrix> saved = new ArrayDeque<>();
        Matrix ctm = new Matrix();
        List<COSBase> operands = new ArrayList<>();
        Placed found = null;
        for (Object token : new PDFStreamParser(page).parse()) {
            if (!(token instanceof Operator op)) {
                operands.add((COSBase) token);
                continue;
            }
            switch (op.getName()) {
                case "q" -> saved.push(ctm.clone());
                case "Q" -> ctm = saved.isEmpty() ? new Matrix() : saved.pop();
                case "cm" -> {
                    Matrix m = matrix(operands);
                    if (m == null) {
                        return Optional.empty();
                    }
                    ctm = m.multiply(ctm);
                }
                case "Do" -> {
                    if (found != null || operands.size() != 1 || !(operands.get(0) instanceof COSName name)) {
                        return Optional.empty();
                    }
                    PDXObject xobject = page.getResources().getXObject(name);
                    if (!(xobject instanceof PDImageXObject image)) {
                        return Optional.empty(); // a form XObject may draw anything
                    }
                    found = new Placed(image, ctm.clone());
                }
                default -> {
                    return Optional.empty(); // text, paths, shadings, inline images: more than a scan
                }
            }
            operands.clear();
        }
        return Optional.ofNullable(found);
    }

    private static Matrix matrix(List<COSBase> operands) {
        if (operands.size() != 6) {
            return null;
        }
        float[] v = new float[6];
        for (int i = 0; i < 6; i++) {
            if (!(operands.get(i) instanceof COSNumber n)) {
                return null;
            }
            v[i] = n.floatValue();
        }
        return new Matrix(v[0], v[1], v[2], v[3], v[4], v[5]);
    }
}
