package de.kommune.intake.samples.layout;

import java.util.List;

/** One laid-out page: its size in points, what to draw, and the ground-truth text in reading order. */
public record PageContent(float width, float height, List<DrawOp> ops, List<String> lines) {

    public String text() {
        return String.join("\n", lines) + "\n";
    }
}
