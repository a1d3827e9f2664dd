package de.kommune.intake.pipeline.ocr;

import java.util.Arrays;

/**
 * CCITT Group 4 (ITU-T T.6) coding of a 1-bit page, straight from its packed rows. The JDK's TIFF writer does the
 * same coding but pulls every row out of the raster through the generic sample model, which cost 80 ms of a
 * 300 dpi A4 page, more than the coding itself; this works on the row's bytes and skips all-white and all-black
 * bytes whole.
 *
 * <p>The coding follows T.6 section 2.2 exactly (pass, vertical and horizontal modes chosen as the standard
 * prescribes), so the bit stream is the one every conforming encoder produces, ended by EOFB.
 */
final class G4Encoder {

    private final int width;
    /** changing elements of the reference and the coding line, each ended by width, width, width */
    private int[] reference;
    private int[] coding;
    private final BitWriter out;

    private G4Encoder(int width, int height) {
        this.width = width;
        this.reference = new int[width + 3];
        this.coding = new int[width + 3];
        this.out = new BitWriter(Math.max(64, width * height / 64));
        Arrays.fill(reference, 0, 3, width); // the imaginary all-white line above the page
    }

    /**
     * @param packed      rows of {@code stride} bytes, most significant bit first
     * @param blackIsZero whether a 0 bit is black (Java's default black-and-white palette) or white
     * @return the T.6 bit stream, EOFB included, padded to whole bytes
     */
    static byte[] encode(byte[] packed, int stride, int width, int height, boolean blackIsZero) {
        G4Encoder encoder = new G4Encoder(width, height);
        int flip = blackIsZero ? 0xFF : 0x00; // after the XOR a set bit is black
        for (int y = 0; y < height; y++) {
            encoder.changes(packed, y * stride, flip);
            encoder.codeLine();
            int[] swap = encoder.reference;
            encoder.reference = encoder.coding;
            encoder.coding = swap;
        }
        encoder.out.bits(0x001, 12);
        encoder.out.bits(0x001, 12);
        return encoder.out.toByteArray();
    }

    /** Fills {@link #coding} with the row's changing elements: pixels whose colour differs from the one before. */
    private void changes(byte[] packed, int offset, int flip) {
        int n = 0;
        int colour = 0; // the imaginary pixel before the row is white
        int fullBytes = width >> 3;
        for (int i = 0; i < fullBytes; i++) {
            int b = (packed[offset + i] ^ flip) & 0xFF;
            if (b == (colour == 0 ? 0x00 : 0xFF)) {
                continue; // eight pixels of the current colour
            }
            for (int bit = 7; bit >= 0; bit--) {
                int pixel = (b >> bit) & 1;
                if (pixel != colour) {
                    coding[n++] = (i << 3) + 7 - bit;
                    colour = pixel;
                }
            }
        }
        for (int x = fullBytes << 3; x < width; x++) {
            int pixel = (((packed[offset + (x >> 3)] ^ flip) & 0xFF) >> (7 - (x & 7))) & 1;
            if (pixel != colour) {
                coding[n++] = x;
                colour = pixel;
            }
        }
        coding[n] = width;
        coding[n + 1] = width;
        coding[n + 2] = width;
    }

    /** Codes one line against the reference line (T.6 section 2.2, figure 7). */
    private void codeLine() {
        int a0 = -1;          // before the first pixel, on an imaginary white one
        int colour = 0;       // of a0: 0 white, 1 black
        int ai = 0;           // index of a1 in coding: the first change right of a0
        int bi = 0;           // index into reference, only ever moving right
        while (a0 < width) {
            while (coding[ai] <= a0) {
                ai++;
            }
            while (reference[bi] <= a0) {
                bi++;
            }
            // b1: the first change right of a0 to the colour opposite a0's; changes alternate starting with
            // white-to-black at even indices, so b1 is at bi or bi + 1
            int b1i = (bi & 1) == colour ? bi : bi + 1;
            int b1 = reference[b1i];
            int b2 = reference[b1i + 1];
            int a1 = coding[ai];
            if (b2 < a1) {
                out.bits(0b0001, 4); // pass
                a0 = b2;
            } else if (a1 - b1 <= 3 && b1 - a1 <= 3) {
                vertical(a1 - b1);
                a0 = a1;
                colour ^= 1;
            } else {
                int a2 = coding[ai + 1];
                out.bits(0b001, 3); // horizontal
                run(a1 - Math.max(a0, 0), colour);
                run(a2 - a1, colour ^ 1);
                a0 = a2;
            }
        }
    }

    private void vertical(int offset) {
        switch (offset) {
            case 0 -> out.bits(0b1, 1);
            case 1 -> out.bits(0b011, 3);
            case 2 -> out.bits(0b000011, 6);
            case 3 -> out.bits(0b0000011, 7);
            case -1 -> out.bits(0b010, 3);
            case -2 -> out.bits(0b000010, 6);
            case -3 -> out.bits(0b0000010, 7);
            default -> throw new IllegalArgumentException("vertical offset " + offset);
        }
    }

    /** A run as make-up codes (2560 at most each) and one terminating code (T.4 tables 2 and 3). */
    private void run(int length, int colour) {
        while (length >= 2560) {
            out.code(RunCodes.EXTENDED_MAKEUP[12]);
            length -= 2560;
        }
        if (length >= 1792) {
            out.code(RunCodes.EXTENDED_MAKEUP[(length - 1792) >> 6]);
            length &= 63;
        } else if (length >= 64) {
            out.code((colour == 0 ? RunCodes.WHITE_MAKEUP : RunCodes.BLACK_MAKEUP)[(length >> 6) - 1]);
            length &= 63;
        }
        out.code((colour == 0 ? RunCodes.WHITE_TERMINATING : RunCodes.BLACK_TERMINATING)[length]);
    }

    /** Bits most significant first into a growing byte array. */
    private static final class BitWriter {
        private byte[] bytes;
        private int size;
        private long pending;
        private int pendingBits;

        BitWriter(int capacity) {
            bytes = new byte[capacity];
        }

        /** A run code packed as {@code bits << 5 | length}. */
        void code(int packedCode) {
            bits(packedCode >>> 5, packedCode & 31);
        }

        void bits(int value, int count) {
            pending = (pending << count) | value;
            pendingBits += count;
            while (pendingBits >= 8) {
                pendingBits -= 8;
                put((int) (pending >>> pendingBits));
            }
        }

        private void put(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) b;
        }

        byte[] toByteArray() {
            if (pendingBits > 0) {
                put((int) (pending << (8 - pendingBits)));
                pendingBits = 0;
            }
            return Arrays.copyOf(bytes, size);
        }
    }

    /** The modified Huffman run-length codes of T.4, each packed as {@code bits << 5 | length}. */
    static final class RunCodes {
        private RunCodes() {
        }

        static final int[] WHITE_TERMINATING = codes(
                "00110101", "000111", "0111", "1000", "1011", "1100", "1110", "1111",
                "10011", "10100", "00111", "01000", "001000", "000011", "110100", "110101",
                "101010", "101011", "0100111", "0001100", "0001000", "0010111", "0000011", "0000100",
                "0101000", "0101011", "0010011", "0100100", "0011000", "00000010", "00000011", "00011010",
                "00011011", "00010010", "00010011", "00010100", "00010101", "00010110", "00010111", "00101000",
                "00101001", "00101010", "00101011", "00101100", "00101101", "00000100", "00000101", "00001010",
                "00001011", "01010010", "01010011", "01010100", "01010101", "00100100", "00100101", "01011000",
                "01011001", "01011010", "01011011", "01001010", "01001011", "00110010", "00110011", "00110100");

        /** 64, 128, ... 1728 */
        static final int[] WHITE_MAKEUP = codes(
                "11011", "10010", "010111", "0110111", "00110110", "00110111", "01100100", "01100101",
                "01101000", "01100111", "011001100", "011001101", "011010010", "011010011", "011010100",
                "011010101", "011010110", "011010111", "011011000", "011011001", "011011010", "011011011",
                "010011000", "010011001", "010011010", "011000", "010011011");

        static final int[] BLACK_TERMINATING = codes(
                "0000110111", "010", "11", "10", "011", "0011", "0010", "00011",
                "000101", "000100", "0000100", "0000101", "0000111", "00000100", "00000111", "000011000",
                "0000010111", "0000011000", "0000001000", "00001100111", "00001101000", "00001101100",
                "00000110111", "00000101000", "00000010111", "00000011000", "000011001010", "000011001011",
                "000011001100", "000011001101", "000001101000", "000001101001", "000001101010", "000001101011",
                "000011010010", "000011010011", "000011010100", "000011010101", "000011010110", "000011010111",
                "000001101100", "000001101101", "000011011010", "000011011011", "000001010100", "000001010101",
                "000001010110", "000001010111", "000001100100", "000001100101", "000001010010", "000001010011",
                "000000100100", "000000110111", "000000111000", "000000100111", "000000101000", "000001011000",
                "000001011001", "000000101011", "000000101100", "000001011010", "000001100110", "000001100111");

        /** 64, 128, ... 1728 */
        static final int[] BLACK_MAKEUP = codes(
                "0000001111", "000011001000", "000011001001", "000001011011", "000000110011", "000000110100",
                "000000110101", "0000001101100", "0000001101101", "0000001001010", "0000001001011",
                "0000001001100", "0000001001101", "0000001110010", "0000001110011", "0000001110100",
                "0000001110101", "0000001110110", "0000001110111", "0000001010010", "0000001010011",
                "0000001010100", "0000001010101", "0000001011010", "0000001011011", "0000001100100",
                "0000001100101");

        /** 1792, 1856, ... 2560, the same for both colours */
        static final int[] EXTENDED_MAKEUP = codes(
                "00000001000", "00000001100", "00000001101", "000000010010", "000000010011", "000000010100",
                "000000010101", "000000010110", "000000010111", "000000011100", "000000011101", "000000011110",
                "000000011111");

        private static int[] codes(String... bits) {
            int[] packed = new int[bits.length];
            for (int i = 0; i < bits.length; i++) {
                packed[i] = Integer.parseInt(bits[i], 2) << 5 | bits[i].length();
            }
            return packed;
        }
    }
}
