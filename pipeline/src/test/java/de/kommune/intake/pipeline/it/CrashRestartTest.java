package de.kommune.intake.pipeline.it;

import de.kommune.intake.pipeline.IntakeApplication;
import de.kommune.intake.samples.Channel;
import de.kommune.intake.samples.GeneratorOptions;
import de.kommune.intake.samples.SampleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker JVM killed with SIGKILL in the middle of a batch and started again loses nothing and files nothing
 * twice: the broker journal, the ledger and the content store carry the batch over the crash.
 */
class CrashRestartTest {

    @TempDir
    Path tmp;

    @Test
    void killedMidBatchAndRestartedFilesEverythingExactlyOnce() throws Exception {
        Path corpus = tmp.resolve("corpus");
        SampleSet.generate(corpus, GeneratorOptions.defaults().withSeed(99L).withDocuments(8)
                .withChannels(Channel.SCAN, Channel.OFFICE, Channel.BATCH));
        List<JsonNode> labels = OutputFolder.labels(corpus.resolve("labels.jsonl"));
        int expectedDocuments = labels.stream().mapToInt(l -> OutputFolder.expectedDocuments(l).size()).sum();
        Path out = tmp.resolve("out");
        Path work = tmp.resolve("work");

        Process first = start(corpus.resolve("inputs"), out, work, tmp.resolve("first.log"));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (countRecords(out) < 1 && first.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(first.isAlive()).as("first run still busy when killed (see first.log)").isTrue();
        first.destroyForcibly(); // SIGKILL: no shutdown hooks, no graceful stop
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int beforeRestart = countRecords(out);
        assertThat(beforeRestart).as("killed mid-batch").isLessThan(expectedDocuments);

        Process second = start(corpus.resolve("inputs"), out, work, tmp.resolve("second.log"));
        boolean finished = second.waitFor(10, TimeUnit.MINUTES);
        String threads = finished ? "" : threadDump(second);
        second.destroyForcibly();
        assertThat(finished).as("second run finishes; its log ends:%n%s%n%s", tail(tmp.resolve("second.log")), threads)
                .isTrue();
        assertThat(second.exitValue()).as(Files.readString(tmp.resolve("second.log"))).isZero();

        OutputFolder o = new OutputFolder(out);
        List<JsonNode> records = o.records();
        assertThat(records).hasSize(expectedDocuments);
        Set<String> keys = new HashSet<>();
        for (JsonNode r : records) {
            String key = r.path("source").path("fileName").asString() + r.path("source").path("pages");
            assertThat(keys.add(key)).as("filed once: %s", key).isTrue();
        }
        for (JsonNode label : labels) {
            String file = label.path("file").asString();
            assertThat(o.recordsOf(file).size() + o.rejectionsOf(file).size()).as(file).isPositive();
        }
        assertThat(o.rejections()).isEmpty();
        PdfAFiles.assertAllPdfA2b(out, expectedDocuments);
        try (Stream<Path> parts = Files.walk(out)) {
            assertThat(parts.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
    }

    private static Process start(Path in, Path out, Path work, Path log) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(IntakeApplication.class.getName());
        cmd.addAll(List.of("batch", "--in", in.toString(), "--out", out.toString(), "--work", work.toString(),
                "--intake.ocr.workers=2"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        return pb.start();
    }

    /** Where a hung run waits: thread names and frames only, no document content. */
    private static String threadDump(Process p) throws Exception {
        Path jstack = Path.of(System.getProperty("java.home"), "bin", "jstack");
        if (!Files.isExecutable(jstack)) {
            return "(no jstack)";
        }
        Process dump = new ProcessBuilder(jstack.toString(), String.valueOf(p.pid())).redirectErrorStream(true).start();
        String out = new String(dump.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        dump.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static String tail(Path log) throws Exception {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int countRecords(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(out)) {
            return (int) files.filter(p -> p.getFileName().toString().endsWith(".json")).count();
        }
    }

}
