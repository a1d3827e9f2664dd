package de.kommune.intake.pipeline.ocr.preprocess;

import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI1;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a Tesseract handle's diagnostics go. Tesseract prints them to stderr ("Detected 34 diacritics", "Empty
 * page!!", OSD's "Too few characters"), in between the batch command's progress lines; they tell the operator
 * nothing the page result does not. Every handle the pipeline opens sends them nowhere.
 */
public final class TesseractDiagnostics {

    private static final Path NOWHERE = Path.of("/dev/null");

    private TesseractDiagnostics() {
    }

    public static void discard(TessBaseAPI handle) {
        if (Files.isWritable(NOWHERE)) {
            TessAPI1.TessBaseAPISetVariable(handle, "debug_file", NOWHERE.toString());
        }
    }
}
