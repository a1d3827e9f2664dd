package de.kommune.intake.pipeline.store;

/** The layout of the content store, in one place. */
public final class StoreKeys {

    private StoreKeys() {
    }

    public static String inputDir(String inputId) {
        return "inputs/" + inputId;
    }

    public static String original(String inputId) {
        return inputDir(inputId) + "/original";
    }

    public static String pageResult(String inputId, int page) {
        return inputDir(inputId) + "/page-" + String.format("%04d", page) + ".json";
    }

    public static String pageImage(String inputId, int page) {
        return inputDir(inputId) + "/page-" + String.format("%04d", page) + ".img";
    }

    public static String documentDir(String documentId) {
        return "documents/" + documentId;
    }

    public static String analysis(String documentId) {
        return documentDir(documentId) + "/analysis.json";
    }
}
