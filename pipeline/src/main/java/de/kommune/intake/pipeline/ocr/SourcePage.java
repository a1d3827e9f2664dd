package de.kommune.intake.pipeline.ocr;

import java.awt.image.BufferedImage;
import java.util.List;

/** One page of an input as its source delivers it: usable text, or an image that needs OCR. */
public sealed interface SourcePage {

    /** A page whose text came from a PDF text layer or an office format; no OCR needed. */
    record Text(String text, String origin) implements SourcePage {
    }

    /** A page image at a known or estimated resolution, with the corrections already applied to it. */
    record Image(BufferedImage image, int dpi, List<String> corrections) implements SourcePage {
        public Image {
            corrections = List.copyOf(corrections);
        }
    }
}
