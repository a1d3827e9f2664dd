package de.kommune.intake.samples.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageWriterSpi;

/** Writers for the channel outputs: CCITT G4 TIFF, image-only PDF, PNG and JPEG with an EXIF orientation. */
public final class ImageFiles {

    /** How pages are stored inside an image-only PDF. */
    public enum PdfImageMode { G4, JPEG }

    private ImageFiles() {
    }

    // ------------------------------------------------------------------------------------------ TIFF

    /**
     * Multi-page bilevel TIFF, CCITT T.6 (Group 4) compressed, with the resolution tags set. Uses the TwelveMonkeys
     * writer directly so that jai-imageio (if on the class path) cannot take over.
     */
    public static void writeG4Tiff(List<BufferedImage> bilevelPages, int dpi, Path out) throws IOException {
        ImageWriter writer = new TIFFImageWriterSpi().createWriterInstance();
        Files.deleteIfExists(out);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("CCITT T.6");
            writer.prepareWriteSequence(null);
            for (BufferedImage page : bilevelPages) {
                if (page.getType() != BufferedImage.TYPE_BYTE_BINARY) {
                    throw new IllegalArgumentException("G4 needs a bilevel image");
                }
                IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
                setDpi(md, dpi);
                writer.writeToSequence(new IIOImage(page, null, md), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static void setDpi(IIOMetadata md, int dpi) throws IOException {
        String mmPerPixel = String.format(Locale.ROOT, "%.6f", 25.4 / dpi);
        IIOMetadataNode h = new IIOMetadataNode("HorizontalPixelSize");
        h.setAttribute("value", mmPerPixel);
        IIOMetadataNode v = new IIOMetadataNode("VerticalPixelSize");
        v.setAttribute("value", mmPerPixel);
        IIOMetadataNode dim = new IIOMetadataNode("Dimension");
        dim.appendChild(h);
        dim.appendChild(v);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dim);
        md.mergeTree("javax_imageio_1.0", root);
    }

    // ------------------------------------------------------------------------------------------ PNG

    public static void writePng(BufferedImage img, int dpi, Path out) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = it.next();
        Files.deleteIfExists(out);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            setDpi(md, dpi);
            writer.write(null, new IIOImage(img, null, md), param);
        } finally {
            writer.dispose();
        }
    }

    // ------------------------------------------------------------------------------------------ JPEG + EXIF

    public static byte[] jpeg(BufferedImage img, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(bos)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return bos.toByteArray();
    }

    /**
     * Writes a JPEG whose APP0/JFIF segment is replaced by an EXIF APP1 segment carrying {@code orientation}
     * (1 = upright, 3 = 180°, 6 = rotate 90° clockwise to display, 8 = rotate 90° counter-clockwise to display).
     */
    public static void writeJpegWithExif(BufferedImage img, float quality, int orientation, String make,
                                         String model, String dateTime, Path out) throws IOException {
        byte[] jpg = jpeg(img, quality);
        if ((jpg[0] & 0xFF) != 0xFF || (jpg[1] & 0xFF) != 0xD8) {
            throw new IOException("not a JPEG stream");
        }
        int pos = 2;
        if ((jpg[2] & 0xFF) == 0xFF && (jpg[3] & 0xFF) == 0xE0) {
            pos = 4 + (((jpg[4] & 0xFF) << 8) | (jpg[5] & 0xFF));
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            os.write(0xFF);
            os.write(0xD8);
            os.write(exifSegment(orientation, make, model, dateTime));
            os.write(jpg, pos, jpg.length - pos);
        }
    }

    /** APP1 "Exif" segment: big-endian TIFF header and IFD0 with Make, Model, Orientation and DateTime. */
    static byte[] exifSegment(int orientation, String make, String model, String dateTime) {
        byte[][] ascii = {z(make), z(model), z(dateTime)};
        int entries = 4;
        int ifdSize = 2 + entries * 12 + 4;
        int dataStart = 8 + ifdSize;
        Bytes tiff = new Bytes();
        tiff.raw("MM".getBytes(StandardCharsets.US_ASCII)).u16(42).u32(8);
        tiff.u16(entries);
        int offset = dataStart;
        tiff.u16(0x010F).u16(2).u32(ascii[0].length).u32(offset);
        offset += ascii[0].length;
        tiff.u16(0x0110).u16(2).u32(ascii[1].length).u32(offset);
        offset += ascii[1].length;
        tiff.u16(0x0112).u16(3).u32(1).u16(orientation).u16(0);
        tiff.u16(0x0132).u16(2).u32(ascii[2].length).u32(offset);
        tiff.u32(0);
        for (byte[] a : ascii) {
            tiff.raw(a);
        }
        byte[] body = tiff.toArray();
        Bytes seg = new Bytes();
        seg.u8(0xFF).u8(0xE1).u16(2 + 6 + body.length);
        seg.raw("Exif".getBytes(StandardCharsets.US_ASCII)).u8(0).u8(0).raw(body);
        return seg.toArray();
    }

    private static byte[] z(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, b.length);
        return out;
    }

    private static final class Bytes {
        private final ByteArrayOutputStream bos = new ByteArrayOutputStream();

        Bytes u8(int v) {
            bos.write(v & 0xFF);
            return this;
        }

        Bytes u16(int v) {
            return u8(v >> 8).u8(v);
        }

        Bytes u32(int v) {
            return u16(v >>> 16).u16(v & 0xFFFF);
        }

        Bytes raw(byte[] b) {
            bos.writeBytes(b);
            return this;
        }

        byte[] toArray() {
            return bos.toByteArray();
        }
    }

    // ------------------------------------------------------------------------------------------ image PDF

    /** An image-only PDF (no text layer): one image per page, page size from the pixel size and {@code dpi}. */
    public static void writeImagePdf(List<BufferedImage> pages, int dpi, PdfImageMode mode, float jpegQuality,
                                     String producer, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage img : pages) {
                float w = img.getWidth() * 72f / dpi;
                float h = img.getHeight() * 72f / dpi;
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                PDImageXObject x = mode == PdfImageMode.G4 ? CCITTFactory.createFromImage(doc, img)
                        : JPEGFactory.createFromImage(doc, img, jpegQuality, dpi);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, w, h);
                }
            }
            PdfMeta.set(doc, producer, null);
            doc.save(out.toFile());
        }
    }
}
