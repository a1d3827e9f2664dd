package de.kommune.intake.classify.tools;

import de.kommune.intake.classify.model.ClassifierMode;
import de.kommune.intake.classify.model.ModelMetadata;
import de.kommune.intake.classify.model.TypeModel;
import de.kommune.intake.classify.taxonomy.Taxonomy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code bin/intake train --corpus DIR [--out FILE] [--corrections DIR] [--taxonomy FILE] [--held-back PERCENT]}:
 * trains a type model from a labelled folder in the dev-corpus layout ({@code labels.jsonl} + {@code gt/}) plus
 * review corrections ({@code DIR/corrections/} unless given), and writes it to {@code --out} (default
 * {@code type-model.zip}) only if it is not worse on the held-back documents than the model already there
 * (or, when there is none, than the shipped model; {@code --baseline} names another model to beat, or
 * {@code none}).
 * Exit codes: 0 written, 3 refused (the old model stays), 64 bad arguments, 65 bad corpus or corrections,
 * 66 no corpus.
 */
public final class TrainModel {

    static final int WRITTEN = 0;
    static final int REFUSED = 3;
    static final int USAGE = 64;
    static final int BAD_DATA = 65;
    static final int NO_INPUT = 66;

    /** A new model may lose at most this much macro-F1 while its accuracy is not lower. */
    static final double MACRO_F1_TOLERANCE = 0.005;

    private TrainModel() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path corpus = null;
        Path target = Path.of("type-model.zip");
        Path corrections = null;
        String baseline = null; // null: the model at --out, else the shipped one
        Taxonomy taxonomy = Taxonomy.defaults();
        ModelTraining.Options options = ModelTraining.Options.defaults();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--corpus" -> corpus = Path.of(value(args, ++i));
                    case "--out" -> target = Path.of(value(args, ++i));
                    case "--corrections" -> corrections = Path.of(value(args, ++i));
                    case "--taxonomy" -> taxonomy = Taxonomy.defaultsWith(Path.of(value(args, ++i)));
                    case "--baseline" -> baseline = value(args, ++i);
                    case "--held-back" -> options = withHeldBack(options, Integer.parseInt(value(args, ++i)));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (corpus == null) {
                throw new IllegalArgumentException("--corpus DIR is required");
            }
        } catch (IllegalArgumentException e) {
            err.println("train: " + e.getMessage());
            err.println("usage: bin/intake train --corpus DIR [--out FILE] [--corrections DIR] [--taxonomy FILE] "
                    + "[--held-back PERCENT] [--baseline FILE|shipped|none]");
            return USAGE;
        }
        if (!Files.isRegularFile(corpus.resolve("labels.jsonl"))) {
            err.println("train: no labels.jsonl in " + corpus);
            return NO_INPUT;
        }
        try {
            List<GroundTruthCorpus.Doc> docs = GroundTruthCorpus.load(corpus);
            List<GroundTruthCorpus.Doc> fixes = CorrectionsFolder.load(corrections != null ? corrections
                    : corpus.resolve("corrections"));
            String source = corpus.toAbsolutePath().normalize().getFileName() + (fixes.isEmpty() ? ""
                    : " + " + fixes.size() + " corrections");
            long t0 = System.nanoTime();
            Taxonomy tax = taxonomy;
            ModelTraining.Result r = ModelTraining.train(docs, fixes, taxonomy, options, source);
            if (r.heldBack().isEmpty()) {
                err.println("train: corpus too small, no document held back (" + docs.size() + " documents)");
                return BAD_DATA;
            }
            ModelMetadata m = r.model().metadata();
            out.printf("trained %s on %d documents (%d with OCR noise copies, %d corrections) in %.0f s%n",
                    m.modelVersion(), r.trainingDocuments(), r.trainingSamples(), fixes.size(),
                    (System.nanoTime() - t0) / 1e9);
            out.println("on layouts the model had not seen (two folds of variant families of the training part):");
            r.crossLayout().forEach((k, s) -> out.printf("  %-14s accuracy %s  macro-F1 %.3f  (%d decisions)%n", k,
                    Scoreboard.pct(s.accuracy()), s.macroF1(), s.total()));
            out.printf("cue weight chosen: %.2f; calibration fitted on these decisions%n", m.cueWeight());
            out.printf("held back %d documents x %d OCR noise levels (acceptance check):%n", r.heldBack().size(),
                    options.heldBackNoise().length);
            ModelTraining.Score newScore = null;
            for (ClassifierMode mode : ClassifierMode.values()) {
                ModelTraining.Score s = ModelTraining.score(r.model(), taxonomy, mode, options, r.heldBack());
                out.printf("  %-9s accuracy %s  macro-F1 %.3f%n", mode.name().toLowerCase(), Scoreboard.pct(s.accuracy()),
                        s.macroF1());
                newScore = mode == ClassifierMode.COMBINED ? s : newScore;
            }
            String baselineName = baseline != null ? baseline : Files.exists(target) ? target.toString() : "shipped";
            Optional<TypeModel> old = switch (baselineName) {
                case "none" -> Optional.empty();
                case "shipped" -> TypeModel.readDefault().filter(d -> compatible(d, tax));
                default -> readUsable(Path.of(baselineName), tax, out);
            };
            if (old.isPresent()) {
                String verdict = compare(old.get(), baselineName.equals("shipped") ? "shipped model" : baselineName,
                        taxonomy, options, r, newScore, out);
                if (verdict != null) {
                    err.println("train: refused, " + verdict + "; " + target + " not written");
                    return REFUSED;
                }
            }
            r.model().write(target);
            out.println("written " + target);
            return WRITTEN;
        } catch (IllegalArgumentException e) {
            err.println("train: " + e.getMessage());
            return BAD_DATA;
        } catch (IOException e) {
            err.println("train: " + e.getMessage());
            return NO_INPUT;
        }
    }

    /** Null when the new model may replace the old one, otherwise why not. */
    private static Optional<TypeModel> readUsable(Path target, Taxonomy taxonomy, PrintStream out) {
        try {
            TypeModel old = TypeModel.read(target);
            old.requireCompatible(taxonomy);
            return Optional.of(old);
        } catch (IOException | IllegalArgumentException e) {
            out.println("existing " + target + " is not usable with this taxonomy (" + e.getMessage()
                    + "): replacing it");
            return Optional.empty();
        }
    }

    private static boolean compatible(TypeModel m, Taxonomy taxonomy) {
        return m.metadata().taxonomyHash().equals(TypeModel.taxonomyHash(taxonomy));
    }

    private static String compare(TypeModel old, String name, Taxonomy taxonomy, ModelTraining.Options options,
                                  ModelTraining.Result r, ModelTraining.Score newScore, PrintStream out) {
        ModelTraining.Score oldScore = ModelTraining.score(old, taxonomy, ClassifierMode.COMBINED, options,
                r.heldBack());
        out.printf("%s (%s) on the same held-back documents: accuracy %s  macro-F1 %.3f%n", name,
                old.metadata().modelVersion(), Scoreboard.pct(oldScore.accuracy()), oldScore.macroF1());
        if (newScore.correct() < oldScore.correct()) {
            return String.format("new model is less accurate (%d vs %d of %d right)", newScore.correct(),
                    oldScore.correct(), newScore.total());
        }
        if (newScore.macroF1() < oldScore.macroF1() - MACRO_F1_TOLERANCE) {
            return String.format("new model has lower macro-F1 (%.3f vs %.3f)", newScore.macroF1(),
                    oldScore.macroF1());
        }
        return null;
    }

    private static ModelTraining.Options withHeldBack(ModelTraining.Options o, int percent) {
        if (percent < 5 || percent > 90) {
            throw new IllegalArgumentException("--held-back must be 5..90 percent");
        }
        return new ModelTraining.Options(percent, o.trainNoise(), o.heldBackNoise(), o.cueWeights(), o.trainer());
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
