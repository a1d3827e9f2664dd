package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.OcrWord;

import java.util.List;

/** Tesseract's result for one image: text in reading order, words with boxes, mean confidence 0..100. */
public record RecognizedPage(String text, List<OcrWord> words, double meanConfidence) {
}
