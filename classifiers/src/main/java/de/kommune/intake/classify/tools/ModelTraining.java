package de.kommune.intake.classify.tools;

import de.kommune.intake.classify.DocumentText;
import de.kommune.intake.classify.PageText;
import de.kommune.intake.classify.classification.Classification;
import de.kommune.intake.classify.model.ClassifierMode;
import de.kommune.intake.classify.model.CombinedClassifier;
import de.kommune.intake.classify.model.IsotonicCalibration;
import de.kommune.intake.classify.model.ModelMetadata;
import de.kommune.intake.classify.model.TypeFeatures;
import de.kommune.intake.classify.model.TypeModel;
import de.kommune.intake.classify.model.TypeModelTrainer;
import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.text.TextView;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Training of a type model from labelled documents: a fixed share is held back (chosen by a hash of the
 * document's name, so the same documents are held back in every retrain on the same corpus and an old and a
 * new model are compared on documents neither was trained on); the rest is trained on, each document clean
 * and in copies with simulated OCR errors ({@link OcrNoise}), so the model sees OCR-like text. The held-back
 * documents, also clean and with OCR errors of growing rate, give the acceptance figures and the calibration
 * of each classifier mode. Review corrections are always trained on: they are the cases to learn.
 */
final class ModelTraining {

    /**
     * @param heldBackPercent share of corpus documents held back, 0-90
     * @param trainNoise      OCR error rates of the augmented training copies (besides the clean text)
     * @param heldBackNoise   OCR error rates of the held-back versions (0 = clean)
     * @param cueWeights      cue weights to choose from for the combined mode (the most accurate on unseen
     *                        layouts wins; ties go to the larger weight, the rules being the older knowledge)
     * @param trainer         maxent parameters
     */
    record Options(int heldBackPercent, double[] trainNoise, double[] heldBackNoise, double[] cueWeights,
                   TypeModelTrainer trainer) {

        static Options defaults() {
            return new Options(20, new double[] {0.03, 0.08}, new double[] {0, 0.04, 0.08},
                    new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}, TypeModelTrainer.defaults());
        }

        Options withCueWeight(double w) {
            return new Options(heldBackPercent, trainNoise, heldBackNoise, new double[] {w}, trainer);
        }
    }

    /** Type decisions of one classifier on the held-back versions. */
    record Score(int correct, int total, double macroF1, double[] confidence, boolean[] right) {

        double accuracy() {
            return total == 0 ? Double.NaN : correct / (double) total;
        }
    }

    /**
     * @param crossLayout decisions on layouts the model had not seen (per cue weight for the combined mode),
     *                    from which cue weight and calibration were chosen
     */
    record Result(TypeModel model, int trainingDocuments, int trainingSamples, List<GroundTruthCorpus.Doc> heldBack,
                  Map<String, Score> crossLayout) {
    }

    private ModelTraining() {
    }

    static boolean heldBack(GroundTruthCorpus.Doc d, int percent) {
        return Math.floorMod(d.key().hashCode() * 0x9E3779B1, 100) < percent;
    }

    /**
     * Holds back a share of the corpus, then: (1) estimates on the rest how the model does on layouts it has
     * not seen (two folds of variant families, see {@link #variantFolds}), chooses the cue weight and fits the
     * calibration of each mode on those decisions; (2) trains the model on the whole rest; (3) scores it on
     * the held-back share for the acceptance check.
     */
    static Result train(List<GroundTruthCorpus.Doc> corpus, List<GroundTruthCorpus.Doc> corrections,
                        Taxonomy taxonomy, Options options, String source) {
        for (GroundTruthCorpus.Doc d : corpus) {
            requireKnownType(taxonomy, d);
        }
        for (GroundTruthCorpus.Doc d : corrections) {
            requireKnownType(taxonomy, d);
        }
        List<GroundTruthCorpus.Doc> train = new ArrayList<>();
        List<GroundTruthCorpus.Doc> held = new ArrayList<>();
        for (GroundTruthCorpus.Doc d : corpus) {
            (heldBack(d, options.heldBackPercent()) ? held : train).add(d);
        }
        train.addAll(corrections);
        CrossLayout cross = crossLayout(train, taxonomy, options);
        Map<ClassifierMode, IsotonicCalibration> calibrations = new EnumMap<>(ClassifierMode.class);
        calibrations.put(ClassifierMode.CUES, fit(cross.scores.get("cues")));
        calibrations.put(ClassifierMode.MODEL, fit(cross.scores.get("model")));
        calibrations.put(ClassifierMode.COMBINED, fit(cross.scores.get(combinedKey(cross.cueWeight))));

        List<TypeModelTrainer.Sample> samples = samples(train, options);
        TypeModel bare = new TypeModel(options.trainer().train(samples), Map.of(), metadata(taxonomy, source,
                train.size(), samples.size(), corrections.size(), 0, Double.NaN, Double.NaN, Double.NaN,
                cross.cueWeight));
        Options chosen = options.withCueWeight(cross.cueWeight);
        Score combined = score(bare, taxonomy, ClassifierMode.COMBINED, chosen, held);
        Score alone = score(bare, taxonomy, ClassifierMode.MODEL, chosen, held);
        ModelMetadata meta = metadata(taxonomy, source, train.size(), samples.size(), corrections.size(), held.size(),
                combined.accuracy(), combined.macroF1(), alone.accuracy(), cross.cueWeight);
        return new Result(bare.with(calibrations, meta), train.size(), samples.size(), held, cross.scores);
    }

    private record CrossLayout(Map<String, Score> scores, double cueWeight) {
    }

    static String combinedKey(double w) {
        return String.format(java.util.Locale.ROOT, "combined@%.2f", w);
    }

    /**
     * Two folds over variant families: train on one half of each type's families, decide on the other half.
     * Types with a single family are trained on in both folds and decided on in neither (no unseen layout).
     */
    private static CrossLayout crossLayout(List<GroundTruthCorpus.Doc> train, Taxonomy taxonomy, Options options) {
        Map<String, Integer> folds = variantFolds(train);
        Map<String, Long> familiesPerType = new TreeMap<>();
        Map<String, TreeSet<String>> fam = new TreeMap<>();
        train.forEach(d -> fam.computeIfAbsent(d.type(), k -> new TreeSet<>()).add(d.variant()));
        fam.forEach((t, v) -> familiesPerType.put(t, (long) v.size()));
        Map<String, List<double[]>> pairs = new TreeMap<>();  // key -> {confidence, right}
        Map<String, Map<String, int[]>> perType = new TreeMap<>();
        CombinedClassifier cues = new CombinedClassifier(taxonomy, null, ClassifierMode.CUES);
        for (int fold = 0; fold < 2; fold++) {
            List<GroundTruthCorpus.Doc> fit = new ArrayList<>();
            List<GroundTruthCorpus.Doc> test = new ArrayList<>();
            for (GroundTruthCorpus.Doc d : train) {
                boolean single = familiesPerType.get(d.type()) < 2;
                if (single || folds.get(d.variant()) != fold) {
                    fit.add(d);
                } else {
                    test.add(d);
                }
            }
            if (test.isEmpty() || fit.stream().map(GroundTruthCorpus.Doc::type).distinct().count() < 2) {
                continue;
            }
            TypeModel m = new TypeModel(options.trainer().train(samples(fit, options)), Map.of(),
                    metadata(taxonomy, "fold", fit.size(), 0, 0, 0, 0, 0, 0, CombinedClassifier.DEFAULT_CUE_WEIGHT));
            for (GroundTruthCorpus.Doc d : test) {
                for (int i = 0; i < options.heldBackNoise().length; i++) {
                    TextView v = view(d, options.heldBackNoise()[i], seed(d, 100 + i));
                    Classification cue = cues.cuesOnly(v);
                    Map<String, Double> probs = m.probabilities(v);
                    record(pairs, perType, "cues", d.type(), cue.documentType(), cue.confidence());
                    Map.Entry<String, Double> alone = CombinedClassifier.best(probs);
                    record(pairs, perType, "model", d.type(), alone.getKey(), alone.getValue());
                    Map<String, Double> dist = cues.cueDistribution(cue);
                    for (double w : options.cueWeights()) {
                        Map.Entry<String, Double> c = CombinedClassifier.combine(dist, probs, w);
                        record(pairs, perType, combinedKey(w), d.type(), c.getKey(), c.getValue());
                    }
                }
            }
        }
        Map<String, Score> scores = new TreeMap<>();
        pairs.forEach((k, list) -> {
            double[] conf = new double[list.size()];
            boolean[] right = new boolean[list.size()];
            int correct = 0;
            for (int i = 0; i < list.size(); i++) {
                conf[i] = list.get(i)[0];
                right[i] = list.get(i)[1] > 0;
                correct += right[i] ? 1 : 0;
            }
            scores.put(k, new Score(correct, list.size(), macroF1(perType.get(k)), conf, right));
        });
        double bestW = options.cueWeights()[options.cueWeights().length - 1];
        int bestCorrect = -1;
        for (double w : options.cueWeights()) {
            Score s = scores.get(combinedKey(w));
            int c = s == null ? 0 : s.correct();
            if (c >= bestCorrect) {
                bestCorrect = c;
                bestW = w;
            }
        }
        return new CrossLayout(scores, bestW);
    }

    private static void record(Map<String, List<double[]>> pairs, Map<String, Map<String, int[]>> perType, String key,
                               String expected, String predicted, double confidence) {
        boolean ok = expected.equals(predicted);
        pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {confidence, ok ? 1 : 0});
        Map<String, int[]> t = perType.computeIfAbsent(key, k -> new TreeMap<>());
        if (ok) {
            t.computeIfAbsent(expected, x -> new int[3])[0]++;
        } else {
            t.computeIfAbsent(predicted, x -> new int[3])[1]++;
            t.computeIfAbsent(expected, x -> new int[3])[2]++;
        }
    }

    private static IsotonicCalibration fit(Score s) {
        return s == null ? IsotonicCalibration.IDENTITY : IsotonicCalibration.fit(s.confidence(), s.right());
    }

    private static List<TypeModelTrainer.Sample> samples(List<GroundTruthCorpus.Doc> docs, Options options) {
        List<TypeModelTrainer.Sample> samples = new ArrayList<>();
        for (GroundTruthCorpus.Doc d : docs) {
            samples.add(new TypeModelTrainer.Sample(d.type(), TypeFeatures.of(view(d, 0, 0))));
            for (int i = 0; i < options.trainNoise().length; i++) {
                samples.add(new TypeModelTrainer.Sample(d.type(),
                        TypeFeatures.of(view(d, options.trainNoise()[i], seed(d, i)))));
            }
        }
        return samples;
    }

    /** Per type, its variant families alternate between fold 0 and 1 (sorted by name). */
    static Map<String, Integer> variantFolds(List<GroundTruthCorpus.Doc> docs) {
        Map<String, TreeSet<String>> byType = new TreeMap<>();
        for (GroundTruthCorpus.Doc d : docs) {
            byType.computeIfAbsent(d.type(), k -> new TreeSet<>()).add(d.variant());
        }
        Map<String, Integer> folds = new java.util.HashMap<>();
        for (TreeSet<String> variants : byType.values()) {
            int i = 0;
            for (String v : variants) {
                folds.put(v, i++ % 2);
            }
        }
        return folds;
    }

    /**
     * Decisions of {@code model} in {@code mode} on the held-back documents, clean and with OCR errors, with
     * raw (uncalibrated) confidences; the combined mode uses the model's own cue weight.
     */
    static Score score(TypeModel model, Taxonomy taxonomy, ClassifierMode mode, Options options,
                       List<GroundTruthCorpus.Doc> held) {
        TypeModel raw = model.with(Map.of(), model.metadata());
        double w = options.cueWeights().length == 1 ? options.cueWeights()[0] : model.metadata().cueWeight();
        CombinedClassifier classifier = new CombinedClassifier(taxonomy, raw, mode, w);
        int n = held.size() * options.heldBackNoise().length;
        double[] conf = new double[n];
        boolean[] right = new boolean[n];
        Map<String, int[]> perType = new TreeMap<>(); // tp, fp, fn
        int correct = 0;
        int k = 0;
        for (GroundTruthCorpus.Doc d : held) {
            for (int i = 0; i < options.heldBackNoise().length; i++) {
                Classification c = classifier.classify(view(d, options.heldBackNoise()[i], seed(d, 100 + i)));
                boolean ok = c.documentType().equals(d.type());
                conf[k] = c.confidence();
                right[k++] = ok;
                correct += ok ? 1 : 0;
                if (ok) {
                    perType.computeIfAbsent(d.type(), x -> new int[3])[0]++;
                } else {
                    perType.computeIfAbsent(c.documentType(), x -> new int[3])[1]++;
                    perType.computeIfAbsent(d.type(), x -> new int[3])[2]++;
                }
            }
        }
        return new Score(correct, n, macroF1(perType), conf, right);
    }

    /** Mean F1 over the types that occur (expected or predicted). */
    static double macroF1(Map<String, int[]> perType) {
        if (perType.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (int[] v : perType.values()) {
            double denom = 2.0 * v[0] + v[1] + v[2];
            sum += denom == 0 ? 0 : 2.0 * v[0] / denom;
        }
        return sum / perType.size();
    }

    static TextView view(GroundTruthCorpus.Doc d, double noise, long seed) {
        OcrNoise n = new OcrNoise(noise, seed);
        List<PageText> pages = new ArrayList<>();
        for (int i = 0; i < d.pages().size(); i++) {
            pages.add(new PageText(i + 1, n.apply(d.pages().get(i)), List.of()));
        }
        return TextView.of(new DocumentText(pages, List.of()));
    }

    private static long seed(GroundTruthCorpus.Doc d, int i) {
        return d.key().hashCode() * 31L + i;
    }

    private static void requireKnownType(Taxonomy taxonomy, GroundTruthCorpus.Doc d) {
        try {
            taxonomy.type(d.type());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(d.file() + ": document type '" + d.type()
                    + "' is not in the taxonomy");
        }
    }

    private static ModelMetadata metadata(Taxonomy taxonomy, String source, int docs, int samples, int corrections,
                                          int held, double acc, double f1, double modelAcc, double cueWeight) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String hash = TypeModel.taxonomyHash(taxonomy);
        String version = now.toString().replace(":", "").replace("-", "") + "-" + Integer.toHexString(
                (source + docs + samples + now).hashCode() & 0xFFFFFF);
        return new ModelMetadata(version, now.toString(), hash, source, docs, samples, corrections, held, acc, f1,
                modelAcc, cueWeight);
    }
}
