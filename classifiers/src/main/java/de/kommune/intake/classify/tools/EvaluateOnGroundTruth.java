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

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Dev loop: runs the analyzer on the ground-truth texts of a labelled corpus and prints type
 * accuracy, confusion, per-field precision/recall/F1 (scored like {@code score.py}: labelled
 * fields, absent fields and the expected type's key fields) and the review rate.
 *
 * <pre>
 * java -cp ... de.kommune.intake.classify.tools.EvaluateOnGroundTruth /work/shared/corpus/dev
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
        if (args.length == 0) {
            out.println("usage: EvaluateOnGroundTruth CORPUS_DIR [--noise RATE] [--seed N] [--errors] "
                    + "[--barcodes-from-labels] [--taxonomy FILE] [--min-type-confidence X] [--reference-date D]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        double noise = 0;
        long seed = 1;
        boolean errors = false;
        boolean barcodes = false;
        Taxonomy taxonomy = Taxonomy.defaults();
        AnalyzerSettings settings = AnalyzerSettings.defaults();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--noise" -> noise = Double.parseDouble(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--errors" -> errors = true;
                case "--barcodes-from-labels" -> barcodes = true;
                case "--taxonomy" -> taxonomy = Taxonomy.defaultsWith(Path.of(args[++i]));
                case "--min-type-confidence" -> settings = settings.withMinTypeConfidence(Double.parseDouble(args[++i]));
                case "--reference-date" -> settings = settings.withReferenceDate(LocalDate.parse(args[++i]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        RuleBasedAnalyzer analyzer = new RuleBasedAnalyzer(taxonomy, settings);
        Scoreboard board = evaluate(analyzer, GroundTruthCorpus.load(dir), new OcrNoise(noise, seed), barcodes,
                errors ? out : null);
        board.print(out);
    }

    static Scoreboard evaluate(RuleBasedAnalyzer analyzer, List<GroundTruthCorpus.Doc> docs, OcrNoise noise,
                               boolean barcodes, PrintStream errors) {
        Taxonomy tax = analyzer.taxonomy();
        Scoreboard b = new Scoreboard();
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
        return b;
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
                } else {
                    allOk = false;
                    prf.fn++;
                    b.fields.fn++;
                    typePrf.fn++;
                    if (p != null) {
                        prf.fp++;
                        b.fields.fp++;
                        typePrf.fp++;
                    }
                    wrong.add(k + ": expected '" + d.fields().get(k) + "' got '" + (pf == null ? null : pf.value()) + "'");
                }
            } else if (p != null) {
                prf.fp++;
                b.fields.fp++;
                typePrf.fp++;
                wrong.add(k + ": expected absent, got '" + pf.value() + "'");
            }
        }
        b.straightThrough += !review && typeOk && allOk ? 1 : 0;
        if (errors != null && (!typeOk || !wrong.isEmpty())) {
            errors.printf("-- %s [%s] expected %s got %s (%.2f) %s%n", d.file(), d.channel(), d.type(),
                    r.documentType(), r.typeConfidence(), r.reviewReasons());
            for (String w : wrong) {
                errors.println("     " + w);
            }
        }
    }
}
