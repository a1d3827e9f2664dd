package de.kommune.intake.connector.spi;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A file written under a temporary name of its own ({@code <target>.<uuid>.part}) and renamed into place, for
 * connectors that drop files into a folder a DMS import job watches: the job never sees a half-written file, and two
 * attempts at one document (a redelivery while the first still runs) never write into each other's file.
 *
 * <p>The writer holds a lock on its {@code .part} file until it is renamed. A process killed mid-write (SIGKILL,
 * power loss) loses its lock with it, which is how {@link #sweep} tells such a leftover from a file another worker,
 * on this machine or another one sharing the folder, is still writing.
 *
 * <pre>{@code
 * try (PartFile part = PartFile.create(dir.resolve(id + ".pdf"))) {
 *     in.transferTo(part.stream());
 *     part.commit();
 * } // not committed: the .part file is removed
 * }</pre>
 *
 * @since 1.0
 */
public final class PartFile implements Closeable {

    /** The suffix of every temporary file; an import job should ignore files that end with it. */
    public static final String SUFFIX = ".part";

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private boolean committed;

    private PartFile(Path target, Path temporary, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
    }

    /**
     * Creates the temporary file beside {@code target}, with the folder's default permissions (not
     * {@code Files.createTempFile}'s owner-only ones), so the import job can read what lands.
     */
    public static PartFile create(Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path temporary = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + SUFFIX);
            FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            boolean ours;
            try {
                // A sweep can take the fresh file before it is locked: then it is gone, or the sweep holds its
                // lock for the moment it takes to delete it. Either way start over under a new name, never wait.
                ours = lock(channel) && Files.exists(temporary);
            } catch (RuntimeException e) {
                channel.close();
                Files.deleteIfExists(temporary);
                throw e;
            }
            if (ours) {
                return new PartFile(target, temporary, channel);
            }
            channel.close(); // the sweep holding it removes it
            if (attempt == 5) {
                throw new IOException("cannot lock a temporary file beside " + target.getFileName());
            }
        }
    }

    /** Where the bytes go. Closing the stream does not close this file: {@link #close()} does. */
    public OutputStream stream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
    }

    /**
     * Renames the written file to its target, replacing an earlier version. The lock is still held while it moves,
     * so a sweep running at that moment cannot take the file for a leftover.
     */
    public void commit() throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Releases the lock and, unless {@link #commit()} ran, removes the temporary file. */
    @Override
    public void close() throws IOException {
        try {
            channel.close(); // releases the lock too
        } finally {
            if (!committed) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Removes the {@code .part} files in {@code directory} that no live writer holds: what a killed process left
     * behind. Files locked by a running writer, here or on another machine, are kept; so is any file whose lock
     * cannot be tested (a share without lock support), since keeping litter is better than breaking a write.
     *
     * @return how many leftovers were removed
     */
    public static int sweep(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path part : parts) {
                if (removeIfAbandoned(part)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static boolean removeIfAbandoned(Path part) {
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false; // another process is writing it
            }
            Files.deleteIfExists(part);
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // a writer in this JVM holds it
        } catch (NoSuchFileException e) {
            return false; // committed or removed meanwhile
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Locks without waiting. A folder without lock support (some network shares) still gets its files, unlocked;
     * the sweep cannot lock them either and so keeps them.
     *
     * @return false when someone else (a sweep) holds the lock
     */
    private static boolean lock(FileChannel channel) {
        try {
            return channel.tryLock() != null;
        } catch (OverlappingFileLockException e) {
            return false; // a sweep in this JVM holds it
        } catch (IOException e) {
            return true;
        }
    }
}
