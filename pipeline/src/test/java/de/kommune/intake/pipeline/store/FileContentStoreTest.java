package de.kommune.intake.pipeline.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileContentStoreTest {

    @TempDir
    Path tmp;

    private Path root;
    private FileContentStore store;

    @BeforeEach
    void setUp() {
        root = tmp.resolve("store");
        store = new FileContentStore(root);
    }

    @Test
    void createsRootAndReportsItNormalised() {
        assertThat(root).isDirectory();
        FileContentStore other = new FileContentStore(tmp.resolve("a/../b"));
        assertThat(other.root()).isEqualTo(tmp.resolve("b").toAbsolutePath());
        assertThat(other.root()).isDirectory();
    }

    @Test
    void putBytesThenReadOpenSizeAndLocalFile() throws IOException {
        byte[] content = "Kontoauszug Nr. 1".getBytes(StandardCharsets.UTF_8);
        store.put("inputs/abc/original", content);

        assertThat(store.exists("inputs/abc/original")).isTrue();
        assertThat(store.read("inputs/abc/original")).isEqualTo(content);
        assertThat(store.size("inputs/abc/original")).isEqualTo(content.length);
        try (InputStream in = store.open("inputs/abc/original")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        Path local = store.localFile("inputs/abc/original");
        assertThat(local).isEqualTo(root.resolve("inputs/abc/original").toAbsolutePath());
        assertThat(Files.readAllBytes(local)).isEqualTo(content);
    }

    @Test
    void putStreamStoresAllBytes() throws IOException {
        byte[] content = new byte[300_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        store.put("inputs/x/original", new ByteArrayInputStream(content));

        assertThat(store.read("inputs/x/original")).isEqualTo(content);
    }

    @Test
    void overwriteReplacesContentAndLeavesNoTempFiles() throws IOException {
        store.put("documents/d/analysis.json", "first, longer content".getBytes(StandardCharsets.UTF_8));
        store.put("documents/d/analysis.json", "second".getBytes(StandardCharsets.UTF_8));
        store.put("documents/d/analysis.json", new ByteArrayInputStream("third".getBytes(StandardCharsets.UTF_8)));

        assertThat(store.read("documents/d/analysis.json")).asString(StandardCharsets.UTF_8).isEqualTo("third");
        try (Stream<Path> files = Files.list(root.resolve("documents/d"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("analysis.json");
        }
    }

    @Test
    void failedStreamPutKeepsOldContentAndLeavesNoTempFile() throws IOException {
        store.put("inputs/a/original", "old content".getBytes(StandardCharsets.UTF_8));
        InputStream breaking = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ > 10_000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> store.put("inputs/a/original", breaking)).isInstanceOf(IOException.class)
                .hasMessageContaining("connection reset");

        assertThat(store.read("inputs/a/original")).asString(StandardCharsets.UTF_8).isEqualTo("old content");
        try (Stream<Path> files = Files.list(root.resolve("inputs/a"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("original");
        }
    }

    @Test
    void readersNeverSeeAHalfWrittenFileWhileItIsOverwritten() throws Exception {
        int size = 256 * 1024;
        byte[] a = new byte[size];
        byte[] b = new byte[size];
        Arrays.fill(a, (byte) 'a');
        Arrays.fill(b, (byte) 'b');
        store.put("k/v", a);
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> reader = pool.submit(() -> {
                int reads = 0;
                while (!done.get() || reads < 50) {
                    byte[] seen = store.read("k/v");
                    assertThat(seen.length).isEqualTo(size);
                    byte first = seen[0];
                    for (byte x : seen) {
                        if (x != first) {
                            throw new AssertionError("mixed content read");
                        }
                    }
                    reads++;
                }
                return reads;
            });
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 150; i++) {
                    store.put("k/v", i % 2 == 0 ? b : a);
                }
                done.set(true);
                return null;
            });
            writer.get();
            assertThat(reader.get()).isGreaterThanOrEqualTo(50);
        } finally {
            done.set(true);
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside", "inputs/../../outside", "/etc/passwd", "..", "a/b/../../../x"})
    void keysEscapingTheRootAreRefused(String key) {
        byte[] bytes = {1};
        assertThatThrownBy(() -> store.put(key, bytes)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.put(key, new ByteArrayInputStream(bytes)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.read(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.exists(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.localFile(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.deleteTree(key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(tmp.resolve("outside")).doesNotExist();
    }

    @Test
    void dotDotInsideTheRootStaysAllowed() throws IOException {
        store.put("inputs/a/../b/original", new byte[]{7});

        assertThat(store.read("inputs/b/original")).containsExactly(7);
    }

    @Test
    void missingKeys() {
        assertThat(store.exists("inputs/none/original")).isFalse();
        assertThatThrownBy(() -> store.localFile("inputs/none/original")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.read("inputs/none/original")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void deleteTreeRemovesThePrefixAndEverythingBelowButNothingElse() throws IOException {
        store.put("inputs/a/original", new byte[]{1});
        store.put("inputs/a/page-0001.json", new byte[]{2, 2});
        store.put("inputs/a/deep/er/file", new byte[]{3, 3, 3});
        store.put("inputs/ab/original", new byte[]{4});
        store.put("documents/a/analysis.json", new byte[]{5});

        assertThat(store.deleteTree("inputs/a")).as("bytes freed").isEqualTo(6);

        assertThat(store.exists("inputs/a/original")).isFalse();
        assertThat(store.exists("inputs/a/deep/er/file")).isFalse();
        assertThat(root.resolve("inputs/a")).doesNotExist();
        assertThat(store.read("inputs/ab/original")).containsExactly(4);
        assertThat(store.read("documents/a/analysis.json")).containsExactly(5);
    }

    @Test
    void deleteTreeOfASingleFileAndOfAMissingPrefix() throws IOException {
        store.put("inputs/a/original", new byte[]{1});
        store.put("inputs/a/other", new byte[]{2});

        assertThat(store.deleteTree("inputs/a/original")).isEqualTo(1);
        assertThat(store.deleteTree("inputs/never-written")).isZero();

        assertThat(store.exists("inputs/a/original")).isFalse();
        assertThat(store.read("inputs/a/other")).containsExactly(2);
    }
}
