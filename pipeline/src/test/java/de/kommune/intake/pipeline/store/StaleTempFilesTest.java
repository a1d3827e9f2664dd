package de.kommune.intake.pipeline.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StaleTempFilesTest {

    @TempDir
    Path root;

    @Test
    void removesOnlyTempFilesUntouchedForLongerThanTheGivenTime() throws IOException {
        Path old = write("inputs/ab/.original.3f2a.tmp", Duration.ofHours(3));
        Path fresh = write("inputs/ab/.original.9c1d.tmp", Duration.ofMinutes(2)); // a worker writing it right now
        Path committed = write("inputs/ab/original", Duration.ofHours(3));
        Path notOurs = write("inputs/ab/notes.tmp", Duration.ofHours(3)); // not a hidden temp file of ours

        assertThat(StaleTempFiles.sweep(root, Duration.ofHours(1))).isEqualTo(1);

        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(committed).exists();
        assertThat(notOurs).exists();
        // the content a real store writes and commits is never touched
        FileContentStore store = new FileContentStore(root.resolve("store"));
        store.put("a/b", new byte[] {1, 2, 3});
        assertThat(StaleTempFiles.sweep(root.resolve("store"), Duration.ZERO)).isZero();
        assertThat(store.read("a/b")).containsExactly(1, 2, 3);
    }

    @Test
    void aMissingFolderHasNothingToSweep() {
        assertThat(StaleTempFiles.sweep(root.resolve("absent"), Duration.ofHours(1))).isZero();
    }

    private Path write(String relative, Duration age) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(age)));
        return p;
    }
}
