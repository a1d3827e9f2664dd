package de.kommune.intake.pipeline.ocr;

import java.nio.ByteBuffer;

/**
 * The TIFF around one G4 strip: big-endian, one image file directory with the eleven tags below, the two
 * resolution rationals after it, then the strip, the same bytes the JDK's TIFF writer produced for our pages.
 */
final class TiffG4File {

    private static final short SHORT = 3;
    private static final short LONG = 4;
    private static final short RATIONAL = 5;
    private static final int ENTRIES = 11;
    private static final int IFD_OFFSET = 8;
    /** header, entry count, entries, next-IFD pointer, padded to a word boundary */
    private static final int RATIONALS_OFFSET = IFD_OFFSET + 2 + ENTRIES * 12 + 4 + 2;
    private static final int STRIP_OFFSET = RATIONALS_OFFSET + 16;

    private TiffG4File() {
    }

    static byte[] write(int width, int height, byte[] strip) {
        ByteBuffer b = ByteBuffer.allocate(STRIP_OFFSET + strip.length); // big-endian by default
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(IFD_OFFSET);
        b.putShort((short) ENTRIES);
        dimension(b, 256, width);                         // ImageWidth
        dimension(b, 257, height);                        // ImageLength
        entry(b, 259, SHORT, 4);                          // Compression: CCITT T.6
        entry(b, 262, SHORT, 0);                          // PhotometricInterpretation: WhiteIsZero
        entry(b, 273, LONG, STRIP_OFFSET);                // StripOffsets
        entry(b, 277, SHORT, 1);                          // SamplesPerPixel
        dimension(b, 278, height);                        // RowsPerStrip: one strip
        entry(b, 279, LONG, strip.length);                // StripByteCounts
        entry(b, 282, RATIONAL, RATIONALS_OFFSET);        // XResolution
        entry(b, 283, RATIONAL, RATIONALS_OFFSET + 8);    // YResolution
        entry(b, 296, SHORT, 1);                          // ResolutionUnit: none
        b.putInt(0);                                      // no further directory
        b.putShort((short) 0);                            // word alignment
        b.putInt(1).putInt(1).putInt(1).putInt(1);        // 1/1, 1/1
        b.put(strip);
        return b.array();
    }

    /** Widths and heights as SHORT when they fit, as the JDK writer does, else LONG. */
    private static void dimension(ByteBuffer b, int tag, int value) {
        entry(b, tag, value <= 0xFFFF ? SHORT : LONG, value);
    }

    /** One directory entry with a single value, left-justified in its four bytes as TIFF wants. */
    private static void entry(ByteBuffer b, int tag, short type, int value) {
        b.putShort((short) tag).putShort(type).putInt(1);
        if (type == SHORT) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt(value);
        }
    }
}
