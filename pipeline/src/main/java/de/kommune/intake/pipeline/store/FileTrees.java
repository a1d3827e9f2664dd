package de.kommune.intake.pipeline.store;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Deletes a folder with everything in it, counting the bytes of the files this call removed. */
public final class FileTrees {

    private FileTrees() {
    }

    /** @return the bytes of the regular files deleted; 0 when {@code start} does not exist */
    public static long delete(Path start) throws IOException {
        if (!Files.exists(start)) {
            return 0;
        }
        long[] freed = {0};
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // counted only when this call removed it: a concurrent deleter's files are not ours to report
                if (Files.deleteIfExists(file) && attrs.isRegularFile()) {
                    freed[0] += attrs.size();
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        return freed[0];
    }
}
