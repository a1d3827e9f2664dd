package de.kommune.intake.pipeline.batch;

import de.kommune.intake.pipeline.IntakeApplication;
import de.kommune.intake.pipeline.delivery.DeadLetters;
import de.kommune.intake.pipeline.intake.IntakeService;
import de.kommune.intake.pipeline.intake.Rejections;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.store.FileContentStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code intake batch --in DIR --out DIR}: runs the whole pipeline with an embedded broker over a folder, writes
 * the results with the filesystem connector into {@code --out} and exits. Exit codes: 0 every input ended filed,
 * in review or rejected; 2 unfinished inputs (stalled); 64 bad arguments; 66 no input folder; 70 pipeline failure.
 */
public final class BatchCommand {

    private BatchCommand() {
    }

    public static int run(String[] args) {
        BatchOptions options;
        try {
            options = BatchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 64;
        }
        if (!Files.isDirectory(options.in())) {
            System.err.println("input folder not found: " + options.in());
            return 66;
        }
        int code;
        try {
            Files.createDirectories(options.out());
            try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(IntakeApplication.class)
                    .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                    .run(springArgs(options))) {
                if (options.replayDeadLetters()) {
                    DeadLetters.Replay replay = ctx.getBean(DeadLetters.class).replay(letter -> true);
                    System.out.printf("replayed %d dead-lettered message(s)%s%n", replay.replayed(),
                            replay.stale() == 0 ? "" : "; " + replay.stale() + " stale one(s) of documents decided"
                                    + " since taken out unsent");
                }
                BatchRunner runner = new BatchRunner(ctx.getBean(IntakeService.class), ctx.getBean(Rejections.class),
                        ctx.getBean(Ledger.class), System.out, options);
                BatchRunner.BatchSummary summary = runner.run();
                summary.print(System.out);
                if (options.timings()) {
                    StageTimings.print(ctx.getBean(MeterRegistry.class), System.out);
                }
                code = summary.complete() && summary.deadLettered() == 0 ? 0 : 2;
                if (summary.deadLettered() > 0) {
                    System.err.println(summary.deadLettered() + " document(s) could not be delivered within the retry"
                            + " budget and wait in the dead-letter queue; fix the target, then rerun the same command"
                            + " with --replay-dead-letters (work: " + options.work() + ")");
                }
                if (!summary.complete()) {
                    System.err.println("pipeline stalled: " + summary.unfinished() + " input(s) made no progress for "
                            + options.stallLimit().toMinutes() + " min; rerun the same command to resume (work: "
                            + options.work() + ")");
                }
            }
        } catch (Exception e) {
            System.err.println("pipeline failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            System.err.println("rerun the same command to resume; work folder: " + options.work());
            return 70;
        }
        if (code == 0 && !options.keepWork()) {
            try {
                new FileContentStore(options.work()).deleteTree("");
            } catch (IOException | RuntimeException e) {
                System.err.println("could not remove work folder " + options.work() + ": " + e.getMessage());
            }
        }
        return code;
    }

    private static String[] springArgs(BatchOptions o) {
        List<String> a = new ArrayList<>();
        a.add("--intake.data-dir=" + o.work());
        a.add("--intake.rejected-dir=" + o.out().resolve("rejected"));
        a.add("--intake.hot-folder.enabled=false");
        a.add("--intake.delivery.targets.default.type=filesystem");
        a.add("--intake.delivery.targets.default.settings.directory=" + o.out());
        a.add("--spring.artemis.embedded.data-directory=" + o.work().resolve("broker"));
        if (!o.verbose()) {
            a.add("--logging.level.root=ERROR");
        }
        a.addAll(o.springArgs());
        return a.toArray(String[]::new);
    }
}
