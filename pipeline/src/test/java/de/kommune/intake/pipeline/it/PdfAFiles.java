package de.kommune.intake.pipeline.it;

import de.kommune.intake.pipeline.delivery.PdfAValidator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** veraPDF over every PDF the pipeline wrote into an output folder (not the rejected originals below it). */
final class PdfAFiles {

    private PdfAFiles() {
    }

    /** Asserts that {@code dir} holds at least {@code atLeast} PDFs and that each passes PDF/A-2b; returns the count. */
    static int assertAllPdfA2b(Path dir, int atLeast) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(dir)) {
            pdfs = files.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(pdfs).as("PDFs in %s", dir).hasSizeGreaterThanOrEqualTo(atLeast);
        PdfAValidator validator = new PdfAValidator();
        Map<String, List<String>> failures = new TreeMap<>();
        for (Path pdf : pdfs) {
            PdfAValidator.Report report = validator.validate(Files.readAllBytes(pdf));
            if (!report.compliant()) {
                failures.put(pdf.getFileName().toString(), report.failures());
            }
        }
        assertThat(failures).as("PDF/A-2b failures of %d PDFs", pdfs.size()).isEmpty();
        return pdfs.size();
    }
}
