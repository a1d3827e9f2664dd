package de.kommune.intake.pipeline.it;

import de.kommune.intake.samples.Channel;
import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.GeneratorOptions;
import de.kommune.intake.samples.SampleLabel;
import de.kommune.intake.samples.SampleSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Single generated inputs for tests that need one file rather than a corpus. */
final class Samples {

    private Samples() {
    }

    static byte[] bornDigitalPdf(DocumentType type, long seed) throws IOException {
        Path dir = Files.createTempDirectory("sample");
        try {
            List<SampleLabel> labels = SampleSet.generate(dir, GeneratorOptions.defaults().withSeed(seed)
                    .withDocuments(1).withChannels(Channel.BORN_DIGITAL).withTypes(List.of(type)));
            return Files.readAllBytes(dir.resolve("inputs").resolve(labels.get(0).file()));
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
