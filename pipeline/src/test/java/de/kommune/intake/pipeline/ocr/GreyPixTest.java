package de.kommune.intake.pipeline.ocr;

import net.sourceforge.lept4j.Leptonica1;
import net.sourceforge.lept4j.Pix;
import org.junit.jupiter.api.Test;

import java.nio.IntBuffer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GreyPixTest {

    @Test
    void everyPixelLandsWhereLeptonicaReadsIt() {
        Random random = new Random(11);
        // widths with and without a partly filled last word, down to a single pixel
        for (int[] size : new int[][] {{1, 1}, {3, 2}, {4, 3}, {5, 7}, {8, 1}, {13, 9}, {64, 4}, {2481, 3}}) {
            int w = size[0], h = size[1];
            byte[] pixels = new byte[w * h];
            random.nextBytes(pixels);
            Pix pix = GreyPix.of(pixels, w, h);
            try {
                assertThat(Leptonica1.pixGetWidth(pix)).isEqualTo(w);
                assertThat(Leptonica1.pixGetHeight(pix)).isEqualTo(h);
                assertThat(Leptonica1.pixGetDepth(pix)).isEqualTo(8);
                IntBuffer value = IntBuffer.allocate(1);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        Leptonica1.pixGetPixel(pix, x, y, value);
                        assertThat(value.get(0)).as("%d x %d at (%d, %d)", w, h, x, y)
                                .isEqualTo(pixels[y * w + x] & 0xFF);
                    }
                }
            } finally {
                GreyPix.destroy(pix);
            }
        }
    }

    @Test
    void tooFewPixelsAreRefused() {
        assertThatThrownBy(() -> GreyPix.of(new byte[5], 3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
