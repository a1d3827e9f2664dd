package de.kommune.intake.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    private static final GeneratorOptions OPTIONS = GeneratorOptions.defaults().withSeed(2024).withDocuments(7)
            .withPhoto(800, 0.7f).withOfficeDpi(List.of(200))
            .withBadInputs(EnumSet.of(BadInput.TRUNCATED, BadInput.RANDOM_BYTES));

    @Test
    void sameSeedGivesByteIdenticalLabelsAndFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        SampleSet.generate(a, OPTIONS);
        SampleSet.generate(b, OPTIONS);
        assertThat(Files.readAllBytes(a.resolve("labels.jsonl"))).isEqualTo(Files.readAllBytes(b.resolve("labels.jsonl")));
        List<Path> files = list(a);
        assertThat(files).isEqualTo(list(b)).hasSizeGreaterThan(10);
        for (Path rel : files) {
            assertThat(Files.readAllBytes(a.resolve(rel))).as(rel.toString()).isEqualTo(Files.readAllBytes(b.resolve(rel)));
        }
    }

    @Test
    void differentSeedsGiveDifferentDocuments() {
        assertThat(SampleSet.document(DocumentType.KONTOAUSZUG, 1).fields())
                .isNotEqualTo(SampleSet.document(DocumentType.KONTOAUSZUG, 2).fields());
        assertThat(SampleSet.document(DocumentType.KONTOAUSZUG, 1).fullText())
                .isEqualTo(SampleSet.document(DocumentType.KONTOAUSZUG, 1).fullText());
    }

    @Test
    void regeneratingIntoTheSameFolderReplacesTheOldSet(@TempDir Path dir) throws IOException {
        SampleSet.generate(dir, OPTIONS.withSeed(1));
        List<SampleLabel> second = SampleSet.generate(dir, OPTIONS.withSeed(2));
        long inputs;
        try (Stream<Path> s = Files.walk(dir.resolve("inputs"))) {
            inputs = s.filter(Files::isRegularFile).count();
        }
        assertThat(inputs).isEqualTo(second.size());
        assertThat(Files.readAllLines(dir.resolve("labels.jsonl"))).hasSize(second.size());
    }

    private static List<Path> list(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
