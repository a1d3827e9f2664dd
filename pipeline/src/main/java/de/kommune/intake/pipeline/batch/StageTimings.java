package de.kommune.intake.pipeline.batch;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Prints the per-stage timers collected during a batch: the figures {@code bin/intake bench} reports. */
final class StageTimings {

    private static final List<String> ORDER = List.of("intake", "ocr", "analyze", "route", "deliver");

    private StageTimings() {
    }

    static void print(MeterRegistry meters, PrintStream out) {
        out.println("  time per stage (sum over messages, all workers):");
        meters.find("intake.stage.duration").timers().stream()
                .sorted(Comparator.comparingInt(t -> ORDER.indexOf(t.getId().getTag("stage"))))
                .forEach(t -> print(t, out));
        out.println("  CPU time of the OCR stage's steps (sum over pages, all workers):");
        meters.find("intake.ocr.step.cpu").timers().stream()
                .sorted(Comparator.comparing((Timer t) -> t.totalTime(TimeUnit.SECONDS)).reversed())
                .forEach(t -> out.printf("    %-20s pages %5d · CPU %8.1f s · mean %7.3f s%n", t.getId().getTag("step"),
                        t.count(), t.totalTime(TimeUnit.SECONDS), t.mean(TimeUnit.SECONDS)));
    }

    private static void print(Timer t, PrintStream out) {
        out.printf("    %-8s messages %5d · total %8.1f s · mean %7.3f s · max %7.3f s%n", t.getId().getTag("stage"),
                t.count(), t.totalTime(TimeUnit.SECONDS), t.mean(TimeUnit.SECONDS), t.max(TimeUnit.SECONDS));
    }
}
