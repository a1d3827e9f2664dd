package de.kommune.intake.pipeline.model;

/** A recognised word; box in pixels of the stored page image; confidence 0..100. */
public record OcrWord(String text, int left, int top, int width, int height, float confidence, int line) {
}
