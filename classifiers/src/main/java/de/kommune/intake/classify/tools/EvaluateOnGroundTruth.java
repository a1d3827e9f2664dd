package de.kommune.intake.classify.tools;

import de.kommune.intake.classify.AnalysisResult;
import de.kommune.intake.classify.AnalyzerSettings;
import de.kommune.intake.classify.Barcode;
import de.kommune.intake.classify.DocumentText;
import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.classify.PageText;
import de.kommune.intake.classify.RuleBasedAnalyzer;
import de.kommune.intake.classify.taxonomy.FieldKind;
import de.kommune.intake.classify.taxonomy.Taxonomy;

import de.kommune.intake.classify.extract.Extraction;
import de.kommune.intake.classify.model.ClassifierMode;
import de.kommune.intake.classify.model.CombinedClassifier;
import de.kommune.intake.classify.model.TypeModel;
import de.kommune.intake.classify.model.TypeModelTrainer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code bin/intake evaluate}: runs the analyzer on the ground-truth texts of a labelled corpus and prints type
 * accuracy and macro-F1, the confusion matrix, per-field precision/recall/F1 (scored like {@code score.py}:
 * labelled fields, absent fields and the expected type's key fields), the straight-through rate (no review
 * reason) with the share of wrong documents among them per channel and type, and a reliability table of the
 * type confidence. {@code --holdout-variants} trains a model on half of each type's template families
 * ({@code variant}) and evaluates on the other half, and the other way round: generalisation to unseen layouts.
 *
 * <pre>
 * java -cp ... de.kommune.intake.classify.tools.EvaluateOnGroundTruth --corpus /work/shared/corpus/dev
 *      [--holdout-variants] [--classifier cues|model|combined] [--model FILE] [--cue-weight 0.5]
 *      [--noise 0.02] [--seed 1] [--errors] [--barcodes-from-labels] [--taxonomy office.yml]
 *      [--min-type-confidence 0.55] [--reference-date 2025-12-31]
 * </pre>
 * {@code --errors} prints expected and predicted values of wrong fields: use it on synthetic
 * corpora only. {@code --barcodes-from-labels} simulates the barcode decoder for inputs whose
 * label notes say the BG number is in a barcode (ground-truth text has no barcodes).
 */
public final class EvaluateOnGroundTruth {

    private EvaluateOnGroundTruth() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try {
            System.exit(run(args, out));
        } catch (IllegalArgumentException e) {
            err.println("evaluate: " + e.getMessage());
            err.println("usage: bin/intake evaluate --corpus DIR [--holdout-variants] [--classifier cues|model|combined]"
                    + " [--model FILE] [--cue-weight X] [--noise RATE] [--seed N] [--errors] [--barcodes-from-labels]"
                    + " [--taxonomy FILE] [--min-type-confidence X] [--reference-date D]");
            System.exit(64);
        }
    }

    static int run(String[] args, PrintStream out) throws IOException {
        Path dir = null;
        double noise = 0;
        long seed = 1;
        boolean errors = false;
        boolean barcodes = false;
        boolean holdoutVariants = false;
        ClassifierMode mode = ClassifierMode.COMBINED;
        Path modelFile = null;
        Double cueWeight = null; // null: the weight the model was trained with
        Taxonomy taxonomy = Taxonomy.defaults();
        AnalyzerSettings settings = AnalyzerSettings.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> dir = Path.of(value(args, ++i));
                case "--noise" -> noise = Double.parseDouble(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--errors" -> errors = true;
                case "--barcodes-from-labels" -> barcodes = true;
                case "--holdout-variants" -> holdoutVariants = true;
                case "--classifier" -> mode = ClassifierMode.parse(value(args, ++i));
                case "--model" -> modelFile = Path.of(value(args, ++i));
                case "--cue-weight" -> cueWeight = Double.parseDouble(value(args, ++i));
                case "--taxonomy" -> taxonomy = Taxonomy.defaultsWith(Path.of(value(args, ++i)));
                case "--min-type-confidence" -> settings = settings.withMinTypeConfidence(
                        Double.parseDouble(value(args, ++i)));
                case "--reference-date" -> settings = settings.withReferenceDate(LocalDate.parse(value(args, ++i)));
                default -> {
                    if (args[i].startsWith("--") || dir != null) {
                        throw new IllegalArgumentException("unknown option " + args[i]);
                    }
                    dir = Path.of(args[i]); // the corpus as first argument, as before
                }
            }
        }
        if (dir == null) {
            throw new IllegalArgumentException("--corpus DIR is required");
        }
        if (!Files.isRegularFile(dir.resolve("labels.jsonl"))) {
            throw new IllegalArgumentException("no labels.jsonl in " + dir);
        }
        List<GroundTruthCorpus.Doc> docs = GroundTruthCorpus.load(dir);
        Scoreboard board;
        if (holdoutVariants) {
            board = new Scoreboard();
            ModelTraining.Options options = ModelTraining.Options.defaults();
            for (int fold = 0; fold < 2; fold++) {
                List<GroundTruthCorpus.Doc> train = new ArrayList<>();
                List<GroundTruthCorpus.Doc> test = new ArrayList<>();
                Map<String, Integer> folds = ModelTraining.variantFolds(docs);
                for (GroundTruthCorpus.Doc d : docs) {
                    (folds.get(d.variant()) == fold ? test : train).add(d);
                }
                TypeModel model = ModelTraining.train(train, List.of(), taxonomy, options, "holdout").model();
                out.printf("fold %d: trained on %d documents of %d variant families (cue weight %.2f), evaluating %d "
                        + "documents of the other %d%n", fold + 1, train.size(), families(train),
                        model.metadata().cueWeight(), test.size(), families(test));
                RuleBasedAnalyzer analyzer = analyzer(taxonomy, settings, model, mode, cueWeight);
                evaluate(analyzer, test, new OcrNoise(noise, seed + fold), barcodes, errors ? out : null, board);
            }
        } else {
            TypeModel model = null;
            if (mode != ClassifierMode.CUES || modelFile != null) {
                model = modelFile != null ? TypeModel.read(modelFile) : TypeModel.readDefault()
                        .orElseThrow(() -> new IllegalArgumentException("no shipped model; give --model FILE"));
            }
            if (model != null) {
                out.printf("model %s (%s, %d training documents, cue weight %.2f)%n", model.metadata().modelVersion(),
                        model.metadata().source(), model.metadata().trainingDocuments(), model.metadata().cueWeight());
            }
            board = evaluate(analyzer(taxonomy, settings, model, mode, cueWeight), docs, new OcrNoise(noise, seed),
                    barcodes, errors ? out : null);
        }
        out.printf("classifier %s%n", mode.name().toLowerCase(Locale.ROOT));
        board.print(out);
        return 0;
    }

    static RuleBasedAnalyzer analyzer(Taxonomy taxonomy, AnalyzerSettings settings, TypeModel model,
                                      ClassifierMode mode, Double cueWeight) {
        CombinedClassifier c = cueWeight == null ? new CombinedClassifier(taxonomy, model, mode)
                : new CombinedClassifier(taxonomy, model, mode, cueWeight);
        return new RuleBasedAnalyzer(taxonomy, settings, c, Extraction.defaultExtractors());
    }

    private static long families(List<GroundTruthCorpus.Doc> docs) {
        return docs.stream().map(GroundTruthCorpus.Doc::variant).distinct().count();
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    static Scoreboard evaluate(RuleBasedAnalyzer analyzer, List<GroundTruthCorpus.Doc> docs, OcrNoise noise,
                               boolean barcodes, PrintStream errors) {
        Scoreboard b = new Scoreboard();
        evaluate(analyzer, docs, noise, barcodes, errors, b);
        return b;
    }

    static void evaluate(RuleBasedAnalyzer analyzer, List<GroundTruthCorpus.Doc> docs, OcrNoise noise,
                         boolean barcodes, PrintStream errors, Scoreboard b) {
        Taxonomy tax = analyzer.taxonomy();
        for (GroundTruthCorpus.Doc d : docs) {
            List<PageText> pages = new ArrayList<>();
            for (int i = 0; i < d.pages().size(); i++) {
                pages.add(new PageText(i + 1, noise.apply(d.pages().get(i)), List.of()));
            }
            List<Barcode> codes = new ArrayList<>();
            Object mark = d.notes().get("bgMark");
            if (barcodes && mark != null && !"text".equals(mark) && d.fields().get("bgNumber") != null) {
                codes.add(new Barcode(1, String.valueOf(mark), String.valueOf(d.fields().get("bgNumber"))));
            }
            long t0 = System.nanoTime();
            AnalysisResult r = analyzer.analyze(new DocumentText(pages, codes));
            b.nanos += System.nanoTime() - t0;
            score(b, tax, d, r, errors);
        }
    }

    private static void score(Scoreboard b, Taxonomy tax, GroundTruthCorpus.Doc d, AnalysisResult r,
                              PrintStream errors) {
        b.docs++;
        boolean typeOk = d.type().equals(r.documentType());
        b.typeOk += typeOk ? 1 : 0;
        boolean review = !r.reviewReasons().isEmpty();
        b.review += review ? 1 : 0;
        for (String reason : r.reviewReasons()) {
            b.reasons.merge(reason, 1, Integer::sum);
        }
        if (d.invalidIban()) {
            b.invalidIbanLabelled++;
            b.invalidIbanReviewed += review ? 1 : 0;
        }
        b.confusion.computeIfAbsent(d.type(), k -> new java.util.TreeMap<>()).merge(r.documentType(), 1, Integer::sum);
        int[] pt = b.perType.computeIfAbsent(d.type(), k -> new int[3]);
        pt[0]++;
        pt[1] += typeOk ? 1 : 0;
        pt[2] += review ? 1 : 0;
        Scoreboard.Prf typePrf = b.perTypeFields.computeIfAbsent(d.type(), k -> new Scoreboard.Prf());
        Scoreboard.Prf chPrf = b.perChannelFields.computeIfAbsent(d.channel(), k -> new Scoreboard.Prf());
        Set<String> scored = new LinkedHashSet<>(d.fields().keySet());
        scored.addAll(d.absentFields());
        scored.addAll(tax.type(d.type()).keyFields());
        boolean allOk = true;
        List<String> wrong = new ArrayList<>();
        for (String k : scored) {
            FieldKind kind = tax.hasField(k) ? tax.field(k).kind() : FieldKind.TEXT;
            String g = ScoreNormalizer.normalize(kind, d.fields().get(k));
            ExtractedField pf = r.fields().get(k);
            String p = pf == null ? null : ScoreNormalizer.normalize(kind, pf.value());
            Scoreboard.Prf prf = b.perField.computeIfAbsent(k, x -> new Scoreboard.Prf());
            if (g != null) {
                if (g.equals(p)) {
                    prf.tp++;
                    b.fields.tp++;
                    typePrf.tp++;
                    chPrf.tp++;
                } else {
                    allOk = false;
                    prf.fn++;
                    b.fields.fn++;
                    typePrf.fn++;
                    chPrf.fn++;
                    if (p != null) {
                        prf.fp++;
                        b.fields.fp++;
                        typePrf.fp++;
                        chPrf.fp++;
                    }
                    wrong.add(k + ": expected '" + d.fields().get(k) + "' got '" + (pf == null ? null : pf.value()) + "'");
                }
            } else if (p != null) {
                prf.fp++;
                b.fields.fp++;
                typePrf.fp++;
                chPrf.fp++;
                wrong.add(k + ": expected absent, got '" + pf.value() + "'");
            }
        }
        b.reliability.add(new double[] {r.typeConfidence(), typeOk ? 1 : 0});
        Scoreboard.Flow ch = b.perChannel.computeIfAbsent(d.channel(), k -> new Scoreboard.Flow());
        Scoreboard.Flow ty = b.perTypeFlow.computeIfAbsent(d.type(), k -> new Scoreboard.Flow());
        boolean wrongDoc = !typeOk || !allOk;
        for (Scoreboard.Flow f : new Scoreboard.Flow[] {ch, ty}) {
            f.docs++;
            f.straight += review ? 0 : 1;
            f.straightWrong += !review && wrongDoc ? 1 : 0;
        }
        b.straightThrough += review ? 0 : 1;
        b.straightWrong += !review && wrongDoc ? 1 : 0;
        if (errors != null && (!typeOk || !wrong.isEmpty())) {
            errors.printf("-- %s [%s] expected %s got %s (%.2f) %s%n", d.file(), d.channel(), d.type(),
                    r.documentType(), r.typeConfidence(), r.reviewReasons());
            for (String w : wrong) {
                errors.println("     " + w);
            }
        }
    }
}
