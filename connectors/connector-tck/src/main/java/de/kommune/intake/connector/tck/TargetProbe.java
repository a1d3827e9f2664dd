package de.kommune.intake.connector.tck;

import de.kommune.intake.connector.spi.FiledDocument;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks into the target the way an administrator (or the target's own import job) would, without going through
 * the connector under test. Implement it with the target's own API or by reading its folder.
 *
 * <p>The kit also calls it while deliveries are running on other threads: temporary files may appear and vanish
 * while you look ({@link #filesBelow(Path, String)} copes with that for folder-based targets).
 */
@FunctionalInterface
public interface TargetProbe {

    /**
     * Every complete document in the target that belongs to {@code document} (match it the way the target indexes
     * documents: by id, idempotency key or a metadata value). Half-written documents that the target or its import
     * job would not accept yet are not listed. Search broadly: a connector that filed a redelivery under a second
     * name must show up here twice.
     */
    List<StoredDocument> find(FiledDocument document) throws Exception;

    /**
     * Regular files below {@code root} (any depth) whose name ends with {@code suffix}, sorted; an empty list when
     * {@code root} does not exist. Files and folders that vanish during the walk are skipped, not an error.
     */
    static List<Path> filesBelow(Path root, String suffix) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && file.getFileName().toString().endsWith(suffix)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (Files.exists(file)) {
                    throw e;
                }
                return FileVisitResult.CONTINUE; // removed while we looked (a temporary file renamed into place)
            }
        });
        found.sort(null);
        return found;
    }
}
