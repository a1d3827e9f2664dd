package de.kommune.intake.pipeline.system;

import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Makes TwelveMonkeys' TIFF and JPEG plugins win over jai-imageio's (pulled in by Tess4J), which cannot read
 * every CCITT G4 or CMYK file. Call once before any image is read.
 */
public final class ImageIoSetup {

    private static volatile boolean done;

    private ImageIoSetup() {
    }

    public static synchronized void prefer() {
        if (done) {
            return;
        }
        ImageIO.scanForPlugins();
        IIORegistry registry = IIORegistry.getDefaultInstance();
        order(registry, ImageReaderSpi.class);
        order(registry, ImageWriterSpi.class);
        done = true;
    }

    private static <T> void order(IIORegistry registry, Class<T> category) {
        List<T> preferred = new ArrayList<>();
        List<T> others = new ArrayList<>();
        Iterator<T> it = registry.getServiceProviders(category, false);
        while (it.hasNext()) {
            T spi = it.next();
            (spi.getClass().getName().startsWith("com.twelvemonkeys") ? preferred : others).add(spi);
        }
        for (T p : preferred) {
            for (T o : others) {
                registry.setOrdering(category, p, o);
            }
        }
    }
}
