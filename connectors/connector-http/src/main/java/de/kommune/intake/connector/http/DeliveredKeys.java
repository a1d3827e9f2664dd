package de.kommune.intake.connector.http;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Which idempotency keys this target already received, and the DMS id it gave each: one small file
 * {@code <sha256(key)>.id} per key in the {@code state-dir}, written atomically. This is what keeps a redelivery
 * from creating a second document in a DMS that ignores {@code Idempotency-Key}.
 *
 * <p>{@link #lock(String)} serialises deliveries of one key: within this JVM by a striped lock, across processes
 * sharing the folder by a file lock on {@code <sha256(key)>.lock}.
 */
final class DeliveredKeys {

    private static final int STRIPES = 64;

    /**
     * JVM-wide, not per instance: two connector instances on one folder (a restart in tests, two targets sharing a
     * state-dir) must not hold the file lock of one key from two threads, which the JVM refuses.
     */
    private static final ReentrantLock[] STRIPE_LOCKS = new ReentrantLock[STRIPES];

    static {
        for (int i = 0; i < STRIPES; i++) {
            STRIPE_LOCKS[i] = new ReentrantLock();
        }
    }

    private final Path directory;

    DeliveredKeys(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** Held while one delivery of a key checks the store, posts and records the result. */
    interface Held extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    Held lock(String key) throws IOException {
        String name = fileName(key);
        ReentrantLock stripe = STRIPE_LOCKS[Math.floorMod((directory + "/" + name).hashCode(), STRIPES)];
        stripe.lock();
        try {
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(directory.resolve(name + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            try {
                FileLock fileLock = channel.lock();
                return () -> {
                    try {
                        fileLock.release();
                        channel.close();
                    } finally {
                        stripe.unlock();
                    }
                };
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            stripe.unlock();
            throw e;
        }
    }

    Optional<String> find(String key) throws IOException {
        try {
            String id = Files.readString(directory.resolve(fileName(key) + ".id"), StandardCharsets.UTF_8);
            return id.isEmpty() ? Optional.empty() : Optional.of(id);
        } catch (NoSuchFileException notYet) {
            return Optional.empty();
        }
    }

    void remember(String key, String targetId) throws IOException {
        Path target = directory.resolve(fileName(key) + ".id");
        Path tmp = directory.resolve(fileName(key) + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(tmp, targetId, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Keys are the pipeline's, possibly with any characters: hashed, so they can never name a path. */
    private static String fileName(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
