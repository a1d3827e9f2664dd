package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.samples.render.ImageFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExifOrientationTest {

    @TempDir
    Path tmp;

    private static BufferedImage sample() {
        return PixelGrids.sample();
    }

    private static int[][] pixels(BufferedImage img) {
        return PixelGrids.pixels(img);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void readReturnsTheTagWrittenIntoTheJpeg(int orientation) throws IOException {
        Path file = tmp.resolve("o" + orientation + ".jpg");
        ImageFiles.writeJpegWithExif(new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB), 0.8f, orientation,
                "samsung", "SM-A546B", "2025:09:07 10:11:12", file);

        assertThat(ExifOrientation.read(file)).isEqualTo(orientation);
    }

    @Test
    void readIsOneWithoutExifOrForAnythingElse() throws IOException {
        Path plain = tmp.resolve("plain.jpg");
        ImageIO.write(new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB), "jpeg", plain.toFile());
        Path png = tmp.resolve("x.png");
        ImageIO.write(new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Path junk = Files.write(tmp.resolve("junk.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 40, 'E'});

        assertThat(ExifOrientation.read(plain)).isEqualTo(1);
        assertThat(ExifOrientation.read(png)).isEqualTo(1);
        assertThat(ExifOrientation.read(junk)).isEqualTo(1);
        assertThat(ExifOrientation.read(tmp.resolve("missing.jpg"))).isEqualTo(1);
    }

    // Source (3 x 2):   10 20 30
    //                   40 50 60
    // Each orientation below is the image as it should be displayed (EXIF 2.3, TIFF 6.0 "Orientation").

    @Test
    void orientation1IsUnchanged() {
        assertThat(pixels(ExifOrientation.apply(sample(), 1))).isEqualTo(new int[][]{{10, 20, 30}, {40, 50, 60}});
    }

    @Test
    void orientation2MirrorsHorizontally() {
        assertThat(pixels(ExifOrientation.apply(sample(), 2))).isEqualTo(new int[][]{{30, 20, 10}, {60, 50, 40}});
    }

    @Test
    void orientation3TurnsHalfway() {
        assertThat(pixels(ExifOrientation.apply(sample(), 3))).isEqualTo(new int[][]{{60, 50, 40}, {30, 20, 10}});
    }

    @Test
    void orientation4MirrorsVertically() {
        assertThat(pixels(ExifOrientation.apply(sample(), 4))).isEqualTo(new int[][]{{40, 50, 60}, {10, 20, 30}});
    }

    @Test
    void orientation5Transposes() {
        assertThat(pixels(ExifOrientation.apply(sample(), 5))).isEqualTo(new int[][]{{10, 40}, {20, 50}, {30, 60}});
    }

    @Test
    void orientation6TurnsClockwise() {
        assertThat(pixels(ExifOrientation.apply(sample(), 6))).isEqualTo(new int[][]{{40, 10}, {50, 20}, {60, 30}});
    }

    @Test
    void orientation7Transverses() {
        assertThat(pixels(ExifOrientation.apply(sample(), 7))).isEqualTo(new int[][]{{60, 30}, {50, 20}, {40, 10}});
    }

    @Test
    void orientation8TurnsCounterClockwise() {
        assertThat(pixels(ExifOrientation.apply(sample(), 8))).isEqualTo(new int[][]{{30, 60}, {20, 50}, {10, 40}});
    }

    @Test
    void unknownOrientationsLeaveTheImageAlone() {
        BufferedImage img = sample();

        assertThat(ExifOrientation.apply(img, 0)).isSameAs(img);
        assertThat(ExifOrientation.apply(img, 9)).isSameAs(img);
    }
}
