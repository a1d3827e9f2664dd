package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.system.ImageIoSetup;
import de.kommune.intake.samples.render.ImageFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import javax.imageio.*;
import javax.imageio.metadata.*;
import javax.imageio.stream.*;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

class ScratchDpiTest {
    @TempDir Path tmp;
    @Test
    void dump() throws Exception {
        ImageIoSetup.prefer();
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
        Path png = tmp.resolve("a.png");
        ImageFiles.writePng(img, 200, png);
        BufferedImage bw = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_BINARY);
        Path tif = tmp.resolve("a.tif");
        ImageFiles.writeG4Tiff(List.of(bw), 300, tif);
        for (Path p : List.of(png, tif)) {
            try (ImageInputStream in = ImageIO.createImageInputStream(p.toFile())) {
                ImageReader r = ImageIO.getImageReaders(in).next();
                r.setInput(in);
                System.out.println("READER " + r.getClass());
                IIOMetadata md = r.getImageMetadata(0);
                IIOMetadataNode root = (IIOMetadataNode) md.getAsTree("javax_imageio_1.0");
                dump(root, "");
                System.out.println("DPI " + ImagePageSource.metadataDpi(md));
            }
        }
    }
    static void dump(org.w3c.dom.Node n, String ind) {
        StringBuilder sb = new StringBuilder(ind + n.getNodeName());
        if (n.getAttributes() != null) for (int i = 0; i < n.getAttributes().getLength(); i++) sb.append(" ").append(n.getAttributes().item(i));
        System.out.println(sb);
        for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) dump(c, ind + "  ");
    }
}
