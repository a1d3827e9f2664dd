package de.kommune.intake.samples;

import java.util.Arrays;

/** Input channels, named as in labels.jsonl and the inputs/ subfolders. */
public enum Channel {
    BORN_DIGITAL("born-digital"), SCAN("scan"), OFFICE("office"), PHOTO("photo"), BATCH("batch");

    private final String id;

    Channel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Channel of(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown channel '" + id + "'; known: "
                        + Arrays.toString(Arrays.stream(values()).map(Channel::id).toArray())));
    }
}
