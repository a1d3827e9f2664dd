package de.kommune.intake.classify.tools;

import de.kommune.intake.classify.AnalyzerSettings;
import de.kommune.intake.classify.Letters;
import de.kommune.intake.classify.RuleBasedAnalyzer;
import de.kommune.intake.classify.taxonomy.FieldKind;
import de.kommune.intake.classify.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.kommune.intake.samples.DocumentType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluateOnGroundTruthTest {

    @Test
    void scoresLikeScorePy(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("gt"));
        Files.writeString(dir.resolve("gt/a_p1.txt"), Letters.KONTOAUSZUG);
        Files.writeString(dir.resolve("gt/b_p1.txt"), Letters.KUENDIGUNG_VERMIETER);
        Files.writeString(dir.resolve("labels.jsonl"), String.join("\n",
                "{\"file\": \"a.pdf\", \"channel\": \"scan\", \"documentType\": \"KONTOAUSZUG\", \"gtText\": [\"gt/a_p1.txt\"],"
                        + " \"fields\": {\"iban\": \"DE89370400440532013000\", \"closingBalance\": \"674.45\","
                        + " \"accountHolder\": \"Thomas Beispiel\", \"periodFrom\": \"2025-04-01\", \"periodTo\": \"2025-04-30\"}}",
                "{\"file\": \"batch.pdf\", \"channel\": \"batch\", \"documents\": [{\"pages\": [1], \"documentType\": \"KUENDIGUNG\","
                        + " \"gtText\": [\"gt/b_p1.txt\"], \"fields\": {\"terminationDate\": \"2025-08-31\"}, \"absentFields\": []}]}"));
        RuleBasedAnalyzer analyzer = new RuleBasedAnalyzer(Taxonomy.defaults(),
                AnalyzerSettings.defaults().withReferenceDate(LocalDate.of(2025, 6, 30)));
        Scoreboard b = EvaluateOnGroundTruth.evaluate(analyzer, GroundTruthCorpus.load(dir), new OcrNoise(0, 1), false, null);
        assertThat(b.docs).isEqualTo(2);
        assertThat(b.typeOk).isEqualTo(2);
        // 5 correct statement fields; the termination date is labelled wrongly on purpose: fn + fp;
        // the Kündigung's other key fields (sender, recipient, date) are predicted but unlabelled: fp
        assertThat(b.fields.tp).isEqualTo(5);
        assertThat(b.fields.fn).isEqualTo(1);
        assertThat(b.fields.fp).isEqualTo(4);
        assertThat(b.perField.get("terminationDate").fn).isEqualTo(1);
    }

    @Test
    void printsTheFiguresOfTheIssue(@TempDir Path dir) throws Exception {
        SampleCorpus.write(dir, 3, 11L, List.of(DocumentType.values()));
        String out = run("--corpus", dir.toString(), "--reference-date", "2025-09-30");
        assertThat(out).contains("classifier combined", "type accuracy", "type macro-F1", "straight-through",
                "wrong among them", "== Per channel", "born-digital", "== Confusion matrix", "== Reliability",
                "expected calibration error", "== Fields");
        // one matrix row per type, the reliability bins count every document
        assertThat(out.lines().filter(l -> l.matches("\\s+\\d+ [A-Z_]+\\s+.*"))).hasSize(15);
        int counted = out.lines().filter(l -> l.matches("\\s+\\[0\\.\\d, [01]\\.\\d[)\\]].*"))
                .mapToInt(l -> Integer.parseInt(l.trim().replaceAll(".*\\s(\\d+)$", "$1"))).sum();
        assertThat(counted).isEqualTo(45);
    }

    @Test
    void leaveVariantsOutTrainsOnSomeTemplateFamiliesAndScoresTheOthers(@TempDir Path dir) throws Exception {
        SampleCorpus.write(dir, 5, 12L, List.of(DocumentType.KONTOAUSZUG, DocumentType.LOHNABRECHNUNG,
                DocumentType.MIETVERTRAG, DocumentType.SONSTIGES));
        String out = run("--corpus", dir.toString(), "--holdout-variants", "--classifier", "model");
        assertThat(out).contains("fold 1: trained on", "fold 2: trained on", "classifier model", "type accuracy");
        String docs = out.lines().filter(l -> l.startsWith("== ") && l.contains("documents,")).findFirst().orElseThrow();
        assertThat(docs).startsWith("== 20 documents"); // every document is scored once, in the fold it was left out
    }

    @Test
    void rejectsUnknownOptions() {
        assertThatThrownBy(() -> run("--corpus", "x", "--colour")).hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> run("--classifier", "magic")).hasMessageContaining("cues, model or combined");
    }

    private static String run(String... args) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = EvaluateOnGroundTruth.run(args, new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void normalisesLikeScorePy() {
        assertThat(ScoreNormalizer.normalize(FieldKind.DATE, "3. Februar 2025")).isEqualTo("2025-02-03");
        assertThat(ScoreNormalizer.normalize(FieldKind.AMOUNT, "1.234,56 S")).isEqualTo("-1234.56");
        assertThat(ScoreNormalizer.normalize(FieldKind.TEXT, "Müller-Lüdenscheidt,  Hans"))
                .isEqualTo(ScoreNormalizer.normalize(FieldKind.TEXT, "müller lüdenscheidt hans"));
        assertThat(ScoreNormalizer.normalize(FieldKind.NUMBER, "39.0")).isEqualTo("39");
    }

    @Test
    void noiseChangesTextReproducibly() {
        String a = new OcrNoise(0.05, 3).apply(Letters.AU);
        String b = new OcrNoise(0.05, 3).apply(Letters.AU);
        assertThat(a).isEqualTo(b).isNotEqualTo(Letters.AU);
    }
}
