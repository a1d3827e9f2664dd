package de.kommune.intake.pipeline.intake;

import org.apache.camel.Header;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Takes a file from the hot folder into the pipeline; on failure leaves a reason beside the moved file. */
public final class HotFolderIntake {

    private final IntakeService intake;
    private final Path failedDir;
    private final BatchAssignment batches;

    public HotFolderIntake(IntakeService intake, Path hotFolder) {
        this(intake, hotFolder, BatchAssignment.NONE);
    }

    public HotFolderIntake(IntakeService intake, Path hotFolder, BatchAssignment batches) {
        this.intake = intake;
        this.failedDir = hotFolder.resolve(".failed");
        this.batches = batches;
    }

    public void take(File file, @Header("CamelFileRelativePath") String relativePath) throws IOException {
        String name = relativePath == null ? file.getName() : relativePath.replace('\\', '/');
        try {
            intake.submit(file.toPath(), name, "hotfolder", UUID.randomUUID().toString(), batches.batchFor(name));
        } catch (IOException | RuntimeException e) {
            Files.createDirectories(failedDir);
            Files.writeString(failedDir.resolve(file.getName() + ".reason.txt"),
                    "Intake failed: " + e.getClass().getSimpleName() + "\n", StandardCharsets.UTF_8);
            throw e;
        }
    }
}
