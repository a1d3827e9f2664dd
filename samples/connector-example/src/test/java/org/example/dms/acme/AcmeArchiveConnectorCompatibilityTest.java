package org.example.dms.acme;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DmsConnectorProvider;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.tck.DmsConnectorCompatibilityKit;
import de.kommune.intake.connector.tck.SampleDocuments;
import de.kommune.intake.connector.tck.StoredDocument;
import de.kommune.intake.connector.tck.TargetProbe;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The whole proof that the ACME connector keeps the pipeline's contract. */
class AcmeArchiveConnectorCompatibilityTest extends DmsConnectorCompatibilityKit {

    @Override
    protected DmsConnectorProvider provider() {
        return new AcmeArchiveProvider();
    }

    @Override
    protected ConnectorSettings settings(Path workDir) throws Exception {
        Path root = Files.createDirectories(workDir.resolve("archive")); // the share exists, as in production
        return ConnectorSettings.of("tck", Map.of("root", root.toString(), "max-size-mb", "64"));
    }

    @Override
    protected ConnectorSettings unavailableSettings(Path workDir) {
        return ConnectorSettings.of("tck-down", Map.of("root", workDir.resolve("not-mounted").toString()));
    }

    @Override
    protected List<ConnectorSettings> invalidSettings(Path workDir) {
        return List.of(
                ConnectorSettings.of("tck-empty", Map.of()),
                ConnectorSettings.of("tck-relative", Map.of("root", "archive")),
                ConnectorSettings.of("tck-size", Map.of("root", workDir.toString(), "max-size-mb", "viel")),
                ConnectorSettings.of("tck-typo", Map.of("root", workDir.toString(), "max-size", "64")));
    }

    @Override
    protected FiledDocument documentTheTargetRejects(SampleDocuments samples) {
        // Above max-size-mb: the archive refuses it, a clerk has to split or shrink it. Never read, so cheap.
        return samples.builder().pdf(SampleDocuments.generatedPdf(65L * 1024 * 1024)).build();
    }

    /** What the archive's import job sees: every .idx anywhere below the root, matched by its id= line. */
    @Override
    protected TargetProbe probe(Path workDir) {
        Path root = workDir.resolve("archive");
        return document -> TargetProbe.filesBelow(root, ".idx").stream()
                .filter(idx -> readUtf8(idx).lines().anyMatch(line -> line.equals("id=" + document.id())))
                .map(idx -> StoredDocument.ofFiles(
                        idx.resolveSibling(idx.getFileName().toString().replace(".idx", ".pdf")), idx))
                .toList();
    }

    private static String readUtf8(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return ""; // replaced while we looked
        }
    }
}
