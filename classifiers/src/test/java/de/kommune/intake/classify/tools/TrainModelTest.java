package de.kommune.intake.classify.tools;

import de.kommune.intake.classify.DocumentText;
import de.kommune.intake.classify.PageText;
import de.kommune.intake.classify.model.ClassifierMode;
import de.kommune.intake.classify.model.CombinedClassifier;
import de.kommune.intake.classify.model.TypeModel;
import de.kommune.intake.classify.samples.Samples;
import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.text.TextView;
import de.kommune.intake.samples.DocumentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bin/intake train}: a model from a generated labelled folder, the acceptance check, corrections. */
class TrainModelTest {

    @TempDir
    static Path dir;
    static Path corpus;

    @BeforeAll
    static void corpus() throws IOException {
        corpus = dir.resolve("corpus");
        SampleCorpus.write(corpus, 8, 99L, List.of(DocumentType.values()));
    }

    @Test
    void writesAVersionedModelThatClassifiesUnseenDocuments() throws IOException {
        Path file = dir.resolve("a/type-model.zip");
        Run r = train("--corpus", corpus.toString(), "--out", file.toString(), "--baseline", "none");
        assertThat(r.code).as(r.err).isEqualTo(TrainModel.WRITTEN);
        assertThat(r.out).contains("held back", "cue weight chosen", "written");

        TypeModel m = TypeModel.read(file);
        assertThat(m.metadata().taxonomyHash()).isEqualTo(TypeModel.taxonomyHash(Taxonomy.defaults()));
        assertThat(m.metadata().trainingDocuments() + m.metadata().heldBackDocuments()).isEqualTo(8 * 15);
        assertThat(m.metadata().heldBackDocuments()).isBetween(10, 40);
        assertThat(m.metadata().trainingSamples()).isEqualTo(3 * m.metadata().trainingDocuments()); // clean + 2 noisy
        assertThat(m.metadata().modelVersion()).matches("\\d{8}T\\d{6}Z-[0-9a-f]+");
        assertThat(m.metadata().createdAt()).isNotBlank();
        assertThat(m.metadata().source()).isEqualTo("corpus");
        assertThat(m.metadata().cueWeight()).isBetween(0.3, 0.8);

        // documents of other seeds than the training corpus, with OCR errors
        CombinedClassifier model = new CombinedClassifier(Taxonomy.defaults(), m, ClassifierMode.MODEL);
        int right = 0;
        int n = 0;
        OcrNoise noise = new OcrNoise(0.03, 5);
        for (DocumentType t : DocumentType.values()) {
            for (long seed = 1; seed <= 3; seed++) {
                String text = noise.apply(Samples.text(t, 7000 + seed));
                right += model.classify(TextView.of(text)).documentType().equals(t.name()) ? 1 : 0;
                n++;
            }
        }
        assertThat(right / (double) n).isGreaterThan(0.8);
    }

    @Test
    void replacesAModelThatIsNotBetterAndRefusesAWorseOne() throws IOException {
        Path file = dir.resolve("b/type-model.zip");
        assertThat(train("--corpus", corpus.toString(), "--out", file.toString(), "--baseline", "none").code)
                .isEqualTo(TrainModel.WRITTEN);
        TypeModel first = TypeModel.read(file);

        Run same = train("--corpus", corpus.toString(), "--out", file.toString());
        assertThat(same.code).as(same.err).isEqualTo(TrainModel.WRITTEN); // equally good is not worse
        assertThat(same.out).contains("on the same held-back documents");

        // the same documents, but the training part labelled wrongly (types shifted by one); the held-back
        // part keeps its true labels, so the new model is measurably worse on it
        Path bad = dir.resolve("mislabelled");
        SampleCorpus.write(bad, 8, 99L, List.of(DocumentType.values()));
        List<String> lines = Files.readAllLines(bad.resolve("labels.jsonl"));
        DocumentType[] types = DocumentType.values();
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String key = line.replaceAll(".*\"file\": \"([^\"]+)\".*", "$1") + "#1";
            String type = line.replaceAll(".*\"documentType\": \"([^\"]+)\".*", "$1");
            boolean held = ModelTraining.heldBack(new GroundTruthCorpus.Doc(key, "", type, null, null, null, null,
                    false, "", key), 20);
            String shifted = types[(DocumentType.valueOf(type).ordinal() + 1) % types.length].name();
            sb.append(held ? line : line.replace("\"documentType\": \"" + type + "\"",
                    "\"documentType\": \"" + shifted + "\"")).append('\n');
        }
        Files.writeString(bad.resolve("labels.jsonl"), sb.toString());
        byte[] before = Files.readAllBytes(file);
        Run worse = train("--corpus", bad.toString(), "--out", file.toString());
        assertThat(worse.code).as(worse.out).isEqualTo(TrainModel.REFUSED);
        assertThat(worse.err).contains("refused", "less accurate");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(TypeModel.read(file).metadata().modelVersion()).isNotEqualTo(first.metadata().modelVersion());
    }

    @Test
    void reviewCorrectionsAreTrainedOn() throws IOException {
        Path fixes = dir.resolve("corrections");
        Files.createDirectories(fixes);
        Files.writeString(fixes.resolve("doc-1.txt"), Samples.text(DocumentType.MIETVERTRAG, 4242) + "\f"
                + "Seite 2 Hausordnung", StandardCharsets.UTF_8);
        Files.writeString(fixes.resolve("doc-1.json"), """
                {"documentId": "doc-1", "text": "doc-1.txt", "originalType": "SONSTIGES",
                 "documentType": "MIETVERTRAG", "fields": {"baseRent": "420.00"}, "correctedAt": "2026-11-30T10:00:00Z"}
                """);
        Files.writeString(fixes.resolve("doc-2.txt"), Samples.text(DocumentType.KUENDIGUNG, 4343));
        Files.writeString(fixes.resolve("doc-2.json"), """
                {"documentId": "doc-2", "text": "doc-2.txt", "documentType": "KUENDIGUNG"}
                """);
        Path file = dir.resolve("c/type-model.zip");
        Run r = train("--corpus", corpus.toString(), "--corrections", fixes.toString(), "--out", file.toString(),
                "--baseline", "none");
        assertThat(r.code).as(r.err).isEqualTo(TrainModel.WRITTEN);
        TypeModel m = TypeModel.read(file);
        assertThat(m.metadata().corrections()).isEqualTo(2);
        assertThat(m.metadata().source()).isEqualTo("corpus + 2 corrections");
        assertThat(m.metadata().trainingDocuments() + m.metadata().heldBackDocuments()).isEqualTo(8 * 15 + 2);
    }

    @Test
    void unusableCorrectionStopsTheTrainingWithItsName() throws IOException {
        Path fixes = dir.resolve("broken-corrections");
        Files.createDirectories(fixes);
        Files.writeString(fixes.resolve("doc-9.json"), "{\"text\": \"missing.txt\", \"documentType\": \"BESCHEID\"}");
        Run r = train("--corpus", corpus.toString(), "--corrections", fixes.toString(), "--out",
                dir.resolve("d/m.zip").toString(), "--baseline", "none");
        assertThat(r.code).isEqualTo(TrainModel.BAD_DATA);
        assertThat(r.err).contains("doc-9.json", "missing.txt");
        assertThat(dir.resolve("d/m.zip")).doesNotExist();

        Files.writeString(fixes.resolve("doc-9.json"), "{\"text\": \"x.txt\", \"documentType\": \"STEUERBESCHEID\"}");
        Files.writeString(fixes.resolve("x.txt"), "Steuerbescheid");
        Run unknown = train("--corpus", corpus.toString(), "--corrections", fixes.toString(), "--out",
                dir.resolve("d/m.zip").toString(), "--baseline", "none");
        assertThat(unknown.code).isEqualTo(TrainModel.BAD_DATA);
        assertThat(unknown.err).contains("STEUERBESCHEID", "not in the taxonomy");
    }

    @Test
    void badArgumentsAndMissingCorpus() {
        assertThat(train("--out", "x.zip").code).isEqualTo(TrainModel.USAGE);
        assertThat(train("--corpus", dir.resolve("nothing").toString()).code).isEqualTo(TrainModel.NO_INPUT);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run train(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TrainModel.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static DocumentText doc(String text) {
        return new DocumentText(List.of(new PageText(1, text, List.of())), List.of());
    }
}
