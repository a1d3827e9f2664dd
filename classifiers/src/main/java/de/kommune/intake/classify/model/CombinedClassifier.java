package de.kommune.intake.classify.model;

import de.kommune.intake.classify.classification.Classification;
import de.kommune.intake.classify.classification.CueClassifier;
import de.kommune.intake.classify.classification.DocumentClassifier;
import de.kommune.intake.classify.taxonomy.ClassifierParams;
import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.text.TextView;

import java.util.HashMap;
import java.util.Map;

/**
 * Decides the type from the taxonomy's cue rules and the trained model. In {@link ClassifierMode#COMBINED}
 * the two type distributions are mixed linearly, {@code cueWeight} for the cues: a clear cue decision (a
 * title such as "Kontoauszug") stays, the model decides between close cue candidates and covers documents
 * whose wording the cues do not know. Without any cue evidence the cue side puts its whole weight on the
 * fallback type, so the model needs a clear majority to name a type, and unknown documents stay
 * {@code SONSTIGES}. The reported confidence is the winner's mixed probability mapped through the model's
 * calibration for the mode, fitted on held-back documents.
 */
public final class CombinedClassifier implements DocumentClassifier {

    /** Used when the model file does not name the weight training chose for it. */
    public static final double DEFAULT_CUE_WEIGHT = 0.5;

    private final CueClassifier cues;
    private final ClassifierParams params;
    private final TypeModel model;
    private final ClassifierMode mode;
    private final double cueWeight;

    /** With the cue weight the model's training chose (the default weight without a model). */
    public CombinedClassifier(Taxonomy taxonomy, TypeModel model, ClassifierMode mode) {
        this(taxonomy, model, mode, model == null ? DEFAULT_CUE_WEIGHT : model.metadata().cueWeight());
    }

    /**
     * @param model null only for {@link ClassifierMode#CUES}
     */
    public CombinedClassifier(Taxonomy taxonomy, TypeModel model, ClassifierMode mode, double cueWeight) {
        if (model == null && mode != ClassifierMode.CUES) {
            throw new IllegalArgumentException("classifier mode " + mode + " needs a type model");
        }
        if (!(cueWeight >= 0 && cueWeight <= 1)) {
            throw new IllegalArgumentException("cue weight must be in [0, 1], got " + cueWeight);
        }
        if (model != null) {
            model.requireCompatible(taxonomy);
        }
        this.cues = new CueClassifier(taxonomy);
        this.params = taxonomy.classification();
        this.model = model;
        this.mode = mode;
        this.cueWeight = cueWeight;
    }

    /** The cue classifier's decision alone (uncalibrated). */
    public Classification cuesOnly(TextView text) {
        return cues.classify(text);
    }

    public double cueWeight() {
        return cueWeight;
    }

    public ClassifierMode mode() {
        return mode;
    }

    /** The model's version, or null in cue mode. */
    public String modelVersion() {
        return model == null ? null : model.metadata().modelVersion();
    }

    @Override
    public Classification classify(TextView text) {
        Classification cue = cues.classify(text);
        if (mode == ClassifierMode.CUES) {
            return calibrated(cue.documentType(), cue.confidence(), cue.scores());
        }
        Map<String, Double> probs = model.probabilities(text);
        Map.Entry<String, Double> best = mode == ClassifierMode.MODEL ? best(probs)
                : combine(cueDistribution(cue), probs, cueWeight);
        return calibrated(best.getKey(), best.getValue(), cue.scores());
    }

    /** The winner of the linear mix and its mixed probability (uncalibrated). */
    public static Map.Entry<String, Double> combine(Map<String, Double> cueDistribution, Map<String, Double> model,
                                                    double cueWeight) {
        Map<String, Double> out = new HashMap<>();
        model.forEach((t, p) -> out.merge(t, (1 - cueWeight) * p, Double::sum));
        cueDistribution.forEach((t, p) -> out.merge(t, cueWeight * p, Double::sum));
        return best(out);
    }

    public static Map.Entry<String, Double> best(Map<String, Double> distribution) {
        String best = null;
        double bestP = -1;
        for (Map.Entry<String, Double> e : new java.util.TreeMap<>(distribution).entrySet()) {
            if (e.getValue() > bestP) {
                best = e.getKey();
                bestP = e.getValue();
            }
        }
        return Map.entry(best, bestP);
    }

    private Classification calibrated(String type, double raw, Map<String, Double> scores) {
        double c = model == null ? raw : model.calibration(mode).apply(raw);
        return new Classification(type, Math.max(0, Math.min(1, c)), scores);
    }

    /** The cue classifier's softmax as a distribution: fallback type at the baseline, types with evidence. */
    public Map<String, Double> cueDistribution(Classification cue) {
        Map<String, Double> w = new HashMap<>();
        double t = params.temperature();
        double max = params.baseline();
        for (double s : cue.scores().values()) {
            max = Math.max(max, s);
        }
        w.put(params.fallbackType(), Math.exp((params.baseline() - max) / t));
        for (Map.Entry<String, Double> e : cue.scores().entrySet()) {
            // below the minimum score a type cannot win on cues; its mass stays with the fallback
            if (e.getValue() >= params.minScore()) {
                w.merge(e.getKey(), Math.exp((e.getValue() - max) / t), Double::sum);
            }
        }
        double sum = w.values().stream().mapToDouble(Double::doubleValue).sum();
        w.replaceAll((k, v) -> v / sum);
        return w;
    }
}
