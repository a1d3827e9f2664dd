package de.kommune.intake.pipeline.it;

import de.kommune.intake.pipeline.batch.BatchCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch command with its documents routed to a DMS drop folder that is unavailable (a file stands where the
 * share should be mounted): deliveries are retried with back-off while the target is down and every document is
 * filed exactly once after it comes back; when the outage outlasts the retry budget the documents wait in the
 * dead-letter queue, are reported, and a rerun with {@code --replay-dead-letters} files them, again once each.
 */
class DeliveryOutageIntegrationTest {

    @TempDir
    Path tmp;

    private Path in;
    private Path dms;

    private void inputs(int n) throws Exception {
        in = tmp.resolve("in");
        Files.createDirectories(in);
        for (int i = 1; i <= n; i++) {
            Files.writeString(in.resolve("kuendigung_" + i + ".txt"), """
                    Müller Logistik GmbH · Hafenstraße 12 · 28217 Bremen
                    Bremen, 03.02.2025
                    Kündigung Ihres Arbeitsverhältnisses Nr. %d
                    hiermit kündigen wir das mit Ihnen bestehende Arbeitsverhältnis fristgerecht zum 31.03.2025.
                    """.formatted(i), StandardCharsets.UTF_8);
        }
    }

    /** The DMS share is "unmounted": a plain file stands where its parent folder should be. */
    private void targetDown() throws Exception {
        Path share = tmp.resolve("share");
        Files.writeString(share, "not mounted");
        dms = share.resolve("dms");
    }

    private void targetBack() throws Exception {
        Files.delete(tmp.resolve("share"));
        Files.createDirectories(dms);
    }

    private String[] batch(String giveUpAfter, String... extra) {
        List<String> a = new ArrayList<>(List.of("batch", "--in", in.toString(), "--out", tmp.resolve("out").toString(),
                "--work", tmp.resolve("work").toString(), "--stall-minutes", "3",
                "--intake.ocr.workers=1",
                "--intake.delivery.targets.dms.type=filesystem",
                "--intake.delivery.targets.dms.settings.directory=" + dms,
                "--intake.routing.default-target=dms",
                "--intake.delivery.retry.initial-delay=PT0.3S",
                "--intake.delivery.retry.max-delay=PT1S",
                "--intake.delivery.retry.give-up-after=" + giveUpAfter));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    private List<JsonNode> filed() throws Exception {
        return Files.isDirectory(dms) ? new OutputFolder(dms).records() : List.of();
    }

    @Test
    void documentsWaitWhileTheTargetIsDownAndAreFiledOnceWhenItIsBack() throws Exception {
        inputs(3);
        targetDown();

        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> BatchCommand.run(batch("PT1H")));
        Thread.sleep(12_000);
        assertThat(run).as("the batch waits for the target instead of giving up").isNotDone();
        assertThat(filed()).isEmpty();

        targetBack();
        int exit = run.get(3, TimeUnit.MINUTES);

        assertThat(exit).isZero();
        List<JsonNode> records = filed();
        assertThat(records).hasSize(3);
        assertThat(records.stream().map(r -> r.path("source").path("fileName").asString()))
                .containsExactlyInAnyOrder("kuendigung_1.txt", "kuendigung_2.txt", "kuendigung_3.txt");
        assertThat(records).allSatisfy(r -> assertThat(r.path("review").path("reasons").toString())
                .doesNotContain("DELIVERY_FAILED"));
        try (var files = Files.list(dms)) {
            assertThat(files.filter(f -> f.toString().endsWith(".part"))).isEmpty();
        }
        PdfAFiles.assertAllPdfA2b(dms, 3);
    }

    @Test
    void anOutageLongerThanTheBudgetEndsInTheDeadLetterQueueAndAReplayFilesEachDocumentOnce() throws Exception {
        inputs(2);
        targetDown();

        int first = BatchCommand.run(batch("PT3S"));

        assertThat(first).as("documents not delivered: exit 2, work kept for the replay").isEqualTo(2);
        assertThat(tmp.resolve("work")).isDirectory();
        assertThat(filed()).isEmpty();

        targetBack();
        int replay = BatchCommand.run(batch("PT1H", "--replay-dead-letters"));

        assertThat(replay).isZero();
        List<JsonNode> records = filed();
        assertThat(records).hasSize(2);
        assertThat(records.stream().map(r -> r.path("id").asString()).distinct()).hasSize(2);
        PdfAFiles.assertAllPdfA2b(dms, 2);
        assertThat(tmp.resolve("work")).doesNotExist();
    }
}
