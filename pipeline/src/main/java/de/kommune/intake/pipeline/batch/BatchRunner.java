package de.kommune.intake.pipeline.batch;

import de.kommune.intake.pipeline.delivery.DeliveryStage;
import de.kommune.intake.pipeline.intake.IntakeService;
import de.kommune.intake.pipeline.intake.Rejections;
import de.kommune.intake.pipeline.ledger.DocumentRecord;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.Outcome;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Submits every file below {@code --in} and waits until each has ended filed, in review or rejected, printing
 * progress. Input ids are derived from path and content, so a rerun after a crash resumes instead of starting over.
 */
final class BatchRunner {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PRINT_EVERY = Duration.ofSeconds(5);

    private final IntakeService intake;
    private final Rejections rejections;
    private final Ledger ledger;
    private final PrintStream console;
    private final BatchOptions options;

    BatchRunner(IntakeService intake, Rejections rejections, Ledger ledger, PrintStream console, BatchOptions options) {
        this.intake = intake;
        this.rejections = rejections;
        this.ledger = ledger;
        this.console = console;
        this.options = options;
    }

    BatchSummary run() throws IOException, InterruptedException {
        Instant start = Instant.now();
        List<Path> files = listInputs(options.in(), options.out(), options.work());
        console.printf("intake batch: %d file(s) in %s%n", files.size(), options.in());
        List<String> pending = new ArrayList<>();
        int unreadable = 0;
        for (Path file : files) {
            String name = options.in().relativize(file).toString().replace('\\', '/');
            try {
                String id = IntakeService.batchInputId(name, file);
                intake.submit(file, name, "batch", id);
                pending.add(id);
            } catch (IOException e) {
                unreadable++;
                rejections.rejectUnreadable(new InputTicket("unreadable", name, "batch", "", 0, Instant.now(), null),
                        "The file could not be read: " + e.getClass().getSimpleName());
            }
        }
        Map<String, InputRecord> done = new LinkedHashMap<>();
        Instant lastProgress = Instant.now();
        Instant lastPrint = Instant.EPOCH;
        while (done.size() < pending.size()) {
            for (String id : pending) {
                if (!done.containsKey(id)) {
                    Optional<InputRecord> r = ledger.input(id);
                    if (r.isPresent() && r.get().status().terminal()) {
                        done.put(id, r.get());
                        lastProgress = Instant.now();
                    }
                }
            }
            if (Duration.between(lastPrint, Instant.now()).compareTo(PRINT_EVERY) >= 0 || done.size() == pending.size()) {
                printProgress(done, pending.size() + unreadable, unreadable, start);
                lastPrint = Instant.now();
            }
            if (done.size() < pending.size()) {
                if (Duration.between(lastProgress, Instant.now()).compareTo(options.stallLimit()) > 0) {
                    return BatchSummary.of(done.values(), documents(done.values()), unreadable,
                            pending.size() - done.size(), Duration.between(start, Instant.now()));
                }
                Thread.sleep(POLL.toMillis());
            }
        }
        return BatchSummary.of(done.values(), documents(done.values()), unreadable, 0,
                Duration.between(start, Instant.now()));
    }

    private void printProgress(Map<String, InputRecord> done, int total, int unreadable, Instant start) {
        int pages = done.values().stream().mapToInt(InputRecord::pages).sum();
        long docs = done.values().stream().filter(r -> r.documentIds() != null).mapToLong(r -> r.documentIds().size())
                .sum();
        double minutes = Math.max(1e-3, Duration.between(start, Instant.now()).toMillis() / 60000.0);
        console.printf("  %d/%d inputs done · %d document(s) · %d page(s) · %.1f pages/min%n",
                done.size() + unreadable, total, docs, pages, pages / minutes);
        console.flush();
    }

    private List<DocumentRecord> documents(Iterable<InputRecord> inputs) {
        List<DocumentRecord> docs = new ArrayList<>();
        for (InputRecord r : inputs) {
            if (r.documentIds() != null) {
                r.documentIds().forEach(id -> ledger.document(id).ifPresent(docs::add));
            }
        }
        return docs;
    }

    /** Every regular file below {@code in}, except our own output and work folders if they sit inside it. */
    static List<Path> listInputs(Path in, Path out, Path work) throws IOException {
        try (Stream<Path> walk = Files.walk(in)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(out) && !p.startsWith(work))
                    .sorted().toList();
        }
    }

    /** The end-of-batch figures. */
    record BatchSummary(int inputs, Map<Outcome, Integer> inputOutcomes, Map<Outcome, Integer> documentOutcomes,
                        Map<String, Integer> documentTypes, Map<String, Integer> rejectReasons, int unreadable,
                        int unfinished, int deadLettered, int pages, Duration elapsed) {

        static BatchSummary of(java.util.Collection<InputRecord> inputs, List<DocumentRecord> docs, int unreadable,
                               int unfinished, Duration elapsed) {
            Map<Outcome, Integer> in = new TreeMap<>();
            Map<String, Integer> reasons = new TreeMap<>();
            int pages = 0;
            for (InputRecord r : inputs) {
                in.merge(r.status(), 1, Integer::sum);
                if (r.rejectReason() != null) {
                    reasons.merge(r.rejectReason(), 1, Integer::sum);
                }
                pages += r.pages();
            }
            Map<Outcome, Integer> out = new TreeMap<>();
            Map<String, Integer> types = new TreeMap<>();
            int dead = 0;
            for (DocumentRecord d : docs) {
                if (d.reviewReasons().contains(DeliveryStage.DELIVERY_FAILED)) {
                    dead++;
                }
                out.merge(d.status(), 1, Integer::sum);
                if (d.documentType() != null) {
                    types.merge(d.documentType(), 1, Integer::sum);
                }
            }
            return new BatchSummary(inputs.size() + unreadable, in, out, types, reasons, unreadable, unfinished,
                    dead, pages, elapsed);
        }

        boolean complete() {
            return unfinished == 0;
        }

        void print(PrintStream p) {
            double minutes = Math.max(1e-3, elapsed.toMillis() / 60000.0);
            p.printf("%nSummary: %d input(s), %d page(s) in %.1f s (%.1f pages/min)%n", inputs, pages,
                    elapsed.toMillis() / 1000.0, pages / minutes);
            p.printf("  inputs:    filed %d · review %d · rejected %d%s%n", inputOutcomes.getOrDefault(Outcome.FILED, 0),
                    inputOutcomes.getOrDefault(Outcome.REVIEW, 0),
                    inputOutcomes.getOrDefault(Outcome.REJECTED, 0) + unreadable,
                    unfinished > 0 ? " · UNFINISHED " + unfinished : "");
            p.printf("  documents: filed %d · review %d · rejected %d%s%n", documentOutcomes.getOrDefault(Outcome.FILED, 0),
                    documentOutcomes.getOrDefault(Outcome.REVIEW, 0), documentOutcomes.getOrDefault(Outcome.REJECTED, 0),
                    deadLettered > 0 ? " · NOT DELIVERED (dead-letter queue) " + deadLettered : "");
            if (!rejectReasons.isEmpty() || unreadable > 0) {
                p.print("  rejected by reason:");
                rejectReasons.forEach((k, v) -> p.printf(" %s %d ·", k, v));
                if (unreadable > 0) {
                    p.printf(" UNREADABLE %d ·", unreadable);
                }
                p.println();
            }
            p.println("  documents by type:");
            documentTypes.forEach((k, v) -> p.printf("    %-26s %d%n", k, v));
        }
    }
}
