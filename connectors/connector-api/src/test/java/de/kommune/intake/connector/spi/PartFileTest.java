package de.kommune.intake.connector.spi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PartFileTest {

    @TempDir
    Path dir;

    @Test
    void commitReplacesTheTargetAndLeavesNoPartFile() throws IOException {
        Path target = dir.resolve("doc.pdf");
        Files.writeString(target, "old");
        try (PartFile part = PartFile.create(target)) {
            part.stream().write("new".getBytes(StandardCharsets.UTF_8));
            assertThat(parts()).hasSize(1);
            assertThat(target).hasContent("old");
            part.commit();
        }
        assertThat(target).hasContent("new");
        assertThat(parts()).isEmpty();
    }

    @Test
    void anAttemptThatIsNotCommittedLeavesTheTargetAsItWas() throws IOException {
        Path target = dir.resolve("doc.pdf");
        Files.writeString(target, "old");
        try (PartFile part = PartFile.create(target)) {
            part.stream().write("half".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(target).hasContent("old");
        assertThat(parts()).isEmpty();
    }

    @Test
    void sweepRemovesWhatAKilledWriterLeft() throws Exception {
        Process writer = startWriter(dir.resolve("doc.pdf"));
        awaitReady(writer);
        assertThat(parts()).hasSize(1);
        writer.destroyForcibly(); // SIGKILL: no finally block runs, the part file stays
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(parts()).hasSize(1);

        assertThat(PartFile.sweep(dir)).isEqualTo(1);
        assertThat(parts()).isEmpty();
    }

    @Test
    void sweepKeepsWhatAnotherProcessIsStillWriting() throws Exception {
        Path target = dir.resolve("doc.pdf");
        Process writer = startWriter(target);
        try {
            awaitReady(writer);
            assertThat(PartFile.sweep(dir)).isZero();
            assertThat(parts()).hasSize(1);

            try (Writer stdin = new OutputStreamWriter(writer.getOutputStream(), StandardCharsets.UTF_8)) {
                stdin.write("commit\n");
            }
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(writer.exitValue()).isZero();
            assertThat(target).hasContent("first half second half");
            assertThat(parts()).isEmpty();
        } finally {
            writer.destroyForcibly();
        }
    }

    @Test
    void sweepKeepsWhatThisProcessIsStillWriting() throws IOException {
        Path target = dir.resolve("doc.pdf");
        try (PartFile part = PartFile.create(target)) {
            part.stream().write("half".getBytes(StandardCharsets.UTF_8));
            assertThat(PartFile.sweep(dir)).isZero();
            part.commit();
        }
        assertThat(target).hasContent("half");
    }

    @Test
    void writesSucceedWhileAnotherThreadKeepsSweeping() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger swept = new AtomicInteger();
        Thread sweeper = new Thread(() -> {
            while (writing.get()) {
                try {
                    swept.addAndGet(PartFile.sweep(dir));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        sweeper.start();
        try {
            for (int i = 0; i < 2000; i++) {
                Path target = dir.resolve("doc-" + (i % 7) + ".pdf");
                try (PartFile part = PartFile.create(target)) {
                    part.stream().write(("version " + i).getBytes(StandardCharsets.UTF_8));
                    part.commit();
                }
                assertThat(target).hasContent("version " + i);
            }
        } finally {
            writing.set(false);
            sweeper.join();
        }
        // The sweep may take a file in the instant between its creation and its lock (a few in 2000 here); the
        // writer then starts over under a new name, so every write above landed whole.
        assertThat(swept.get()).isLessThan(2000);
        assertThat(parts()).isEmpty();
    }

    @Test
    void sweepLeavesOtherFilesAloneAndAcceptsAMissingFolder() throws IOException {
        Files.writeString(dir.resolve("doc.pdf"), "filed");
        Files.writeString(dir.resolve("doc.json"), "{}");
        Files.writeString(dir.resolve("doc.json.0f3a.part"), "{");

        assertThat(PartFile.sweep(dir)).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("doc.pdf", "doc.json");
        }
        assertThat(PartFile.sweep(dir.resolve("not-there"))).isZero();
    }

    private List<Path> parts() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(PartFile.SUFFIX)).toList();
        }
    }

    private static Process startWriter(Path target) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), PartFileWriter.class.getName(), target.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static void awaitReady(Process writer) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");
    }
}
