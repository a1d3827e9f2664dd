package de.kommune.intake.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checked-in demo set (samples/demo) is what {@code GenerateSamples --demo} produces, and stays small. */
class DemoSetTest {

    private static final Path DEMO = Path.of("demo");

    @Test
    void demoSetIsReproducibleFromItsPreset(@TempDir Path dir) throws IOException {
        List<SampleLabel> labels = SampleSet.generate(dir, GeneratorOptions.demo());
        assertThat(Files.readString(DEMO.resolve("labels.jsonl"))).isEqualTo(Files.readString(dir.resolve("labels.jsonl")));
        for (Path gt : list(dir.resolve("gt"))) {
            assertThat(Files.readString(DEMO.resolve("gt").resolve(gt))).isEqualTo(Files.readString(dir.resolve("gt").resolve(gt)));
        }
        assertThat(list(DEMO.resolve("inputs"))).isEqualTo(list(dir.resolve("inputs")));
        Set<String> channels = labels.stream().map(SampleLabel::channel).collect(Collectors.toSet());
        assertThat(channels).containsExactlyInAnyOrder("born-digital", "scan", "office", "photo", "batch", "bad");
        assertThat(labels.stream().filter(SampleLabel::isBatch).mapToInt(l -> l.separatorPages().size()).sum())
                .isPositive();
    }

    @Test
    void demoSetStaysUnderFourMegabytes() throws IOException {
        long bytes = 0;
        for (Path p : list(DEMO)) {
            bytes += Files.size(DEMO.resolve(p));
        }
        assertThat(bytes).isLessThan(4L * 1024 * 1024);
    }

    private static List<Path> list(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
