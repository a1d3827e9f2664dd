package de.kommune.intake.classify.model;

import java.util.Locale;
import java.util.Properties;

/**
 * What a model file says about itself.
 *
 * @param modelVersion       id of this model ({@code <date>-<hash>}), recorded with every decision it makes
 * @param createdAt          ISO-8601 instant of training
 * @param taxonomyHash       {@link TypeModel#taxonomyHash} of the taxonomy it was trained for
 * @param source             what it was trained on (corpus folder name, corrections), no paths
 * @param trainingDocuments  labelled documents used for training (before augmentation)
 * @param trainingSamples    training samples after OCR-noise augmentation
 * @param corrections        review corrections among the training documents
 * @param heldBackDocuments  documents held back for the acceptance check and calibration
 * @param heldBackAccuracy   type accuracy of the combined classifier on the held-back part
 * @param heldBackMacroF1    macro-F1 over types of the combined classifier on the held-back part
 * @param modelAloneAccuracy type accuracy of the model alone on the held-back part
 * @param cueWeight          weight of the cue rules in the combined mode, chosen in training on layouts the
 *                           model had not seen
 */
public record ModelMetadata(String modelVersion, String createdAt, String taxonomyHash, String source,
                            int trainingDocuments, int trainingSamples, int corrections, int heldBackDocuments,
                            double heldBackAccuracy, double heldBackMacroF1, double modelAloneAccuracy,
                            double cueWeight) {

    /** Version of the file layout, not of the model. */
    public static final int FORMAT = 1;

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(FORMAT));
        p.setProperty("modelVersion", modelVersion);
        p.setProperty("createdAt", createdAt);
        p.setProperty("taxonomyHash", taxonomyHash);
        p.setProperty("source", source);
        p.setProperty("trainingDocuments", String.valueOf(trainingDocuments));
        p.setProperty("trainingSamples", String.valueOf(trainingSamples));
        p.setProperty("corrections", String.valueOf(corrections));
        p.setProperty("heldBackDocuments", String.valueOf(heldBackDocuments));
        p.setProperty("heldBackAccuracy", String.format(Locale.ROOT, "%.4f", heldBackAccuracy));
        p.setProperty("heldBackMacroF1", String.format(Locale.ROOT, "%.4f", heldBackMacroF1));
        p.setProperty("modelAloneAccuracy", String.format(Locale.ROOT, "%.4f", modelAloneAccuracy));
        p.setProperty("cueWeight", String.format(Locale.ROOT, "%.2f", cueWeight));
        return p;
    }

    static ModelMetadata fromProperties(Properties p) {
        String format = p.getProperty("format");
        if (!String.valueOf(FORMAT).equals(format)) {
            throw new IllegalArgumentException("model file format " + format + " is not supported (expected "
                    + FORMAT + ")");
        }
        return new ModelMetadata(required(p, "modelVersion"), required(p, "createdAt"), required(p, "taxonomyHash"),
                p.getProperty("source", ""), integer(p, "trainingDocuments"), integer(p, "trainingSamples"),
                integer(p, "corrections"), integer(p, "heldBackDocuments"), number(p, "heldBackAccuracy"),
                number(p, "heldBackMacroF1"), number(p, "modelAloneAccuracy"), number(p, "cueWeight"));
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("model metadata lacks '" + key + "'");
        }
        return v;
    }

    private static int integer(Properties p, String key) {
        try {
            return Integer.parseInt(required(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model metadata '" + key + "' is not a whole number");
        }
    }

    private static double number(Properties p, String key) {
        try {
            return Double.parseDouble(required(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model metadata '" + key + "' is not a number");
        }
    }
}
