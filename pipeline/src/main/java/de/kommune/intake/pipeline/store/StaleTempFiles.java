package de.kommune.intake.pipeline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Removes the temp files that a process killed mid-write left behind. The content store and the ledger write
 * {@code .<name>.<uuid>.tmp} beside their target and rename it into place, so such a file holds nothing that was
 * ever committed. Several workers may share the folder, and one of them may be writing right now: only files
 * untouched for longer than {@code olderThan} are taken.
 */
public final class StaleTempFiles {

    private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.tmp");

    private StaleTempFiles() {
    }

    /** @return how many stale temp files under {@code root} were deleted */
    public static int sweep(Path root, Duration olderThan) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        Instant cutoff = Instant.now().minus(olderThan);
        int[] deleted = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile() && TEMP_NAME.matcher(file.getFileName().toString()).matches()
                            && attrs.lastModifiedTime().toInstant().isBefore(cutoff)
                            && Files.deleteIfExists(file)) {
                        deleted[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // removed meanwhile by its writer, or unreadable: not ours
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sweep temp files under " + root, e);
        }
        return deleted[0];
    }
}
