package de.kommune.intake.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import de.kommune.intake.samples.channel.BadInputWriter;
import de.kommune.intake.samples.channel.BatchWriter;
import de.kommune.intake.samples.channel.BornDigitalWriter;
import de.kommune.intake.samples.channel.OfficeWriter;
import de.kommune.intake.samples.channel.Output;
import de.kommune.intake.samples.channel.PhotoWriter;
import de.kommune.intake.samples.channel.ScanWriter;
import de.kommune.intake.samples.types.DocumentFactory;
import de.kommune.intake.samples.types.DocumentFactory.BgMark;
import de.kommune.intake.samples.types.GenContext;

/**
 * Public API of the sample generator.
 *
 * <pre>{@code
 * List<SampleLabel> labels = SampleSet.generate(dir, GeneratorOptions.defaults().withSeed(7).withPerType(2));
 * GeneratedDocument doc = SampleSet.document(DocumentType.KONTOAUSZUG, 7);   // in memory, no files
 * }</pre>
 *
 * The output folder gets {@code inputs/<channel>/...}, {@code gt/<name>_p<N>.txt} and {@code labels.jsonl} in the
 * format of the dev corpus, so {@code eval/score.py --labels DIR/labels.jsonl --gt-text DIR} can score a run.
 */
public final class SampleSet {

    private record Planned(DocumentType type, Channel channel, long seed) {
    }

    private SampleSet() {
    }

    public static List<SampleLabel> generate(Path out, GeneratorOptions options) throws IOException {
        return generate(out, options, l -> { });
    }

    /**
     * Generates the set into {@code out} (replacing {@code inputs/}, {@code gt/} and {@code labels.jsonl} there)
     * and returns the labels in the order of labels.jsonl; {@code progress} sees each label when its file is written.
     */
    public static List<SampleLabel> generate(Path out, GeneratorOptions options, Consumer<SampleLabel> progress)
            throws IOException {
        Random master = new Random(options.seed());
        clean(out);
        Output output = new Output(out);
        List<Planned> plan = plan(options, master);
        List<SampleLabel> labels = new ArrayList<>();
        List<Planned> batchQueue = new ArrayList<>();
        int seq = 0;
        for (Planned p : plan) {
            if (p.channel == Channel.BATCH) {
                batchQueue.add(p);
                continue;
            }
            seq++;
            SampleLabel label = writeSingle(p, seq, output, options);
            labels.add(label);
            progress.accept(label);
        }
        for (List<Planned> group : batchGroups(batchQueue, master)) {
            seq++;
            List<GeneratedDocument> docs = new ArrayList<>();
            for (Planned p : group) {
                docs.add(create(p.type, p.seed, options.referenceDate(), false, 0.3));
            }
            SampleLabel label = BatchWriter.write(docs, String.format("batch_%04d", seq), output,
                    new Random(group.get(0).seed ^ 0x5DEECE66DL));
            labels.add(label);
            progress.accept(label);
        }
        for (BadInput bad : options.badInputs()) {
            GeneratedDocument doc = create(DocumentType.SONSTIGES, master.nextLong(), options.referenceDate(), false, 0);
            SampleLabel label = BadInputWriter.write(bad, doc, output, new Random(master.nextLong()));
            labels.add(label);
            progress.accept(label);
        }
        writeLabels(out.resolve("labels.jsonl"), labels);
        return labels;
    }

    /** One document in memory (A4 layout as for born-digital and scans), reproducible from {@code seed}. */
    public static GeneratedDocument document(DocumentType type, long seed) {
        return create(type, seed, GeneratorOptions.defaults().referenceDate(), false, 0);
    }

    /** One document in memory; {@code onePage} forces a single page as for photos. */
    public static GeneratedDocument document(DocumentType type, long seed, boolean onePage) {
        return create(type, seed, GeneratorOptions.defaults().referenceDate(), onePage, 0);
    }

    public static void writeLabels(Path file, List<SampleLabel> labels) throws IOException {
        StringBuilder sb = new StringBuilder();
        labels.forEach(l -> sb.append(l.toJson()).append('\n'));
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------ internals

    private static GeneratedDocument create(DocumentType type, long seed, LocalDate reference, boolean onePage,
                                            double markChance) {
        Random rnd = new Random(seed);
        LocalDate today = reference.minusDays(rnd.nextInt(280));
        GenContext ctx = new GenContext(rnd, today, onePage);
        BgMark mark = null;
        boolean formWithBg = type == DocumentType.WEITERBEWILLIGUNGSANTRAG || type == DocumentType.VERAENDERUNGSMITTEILUNG;
        if (!formWithBg && rnd.nextDouble() < markChance) {
            mark = BgMark.values()[rnd.nextInt(BgMark.values().length)];
        }
        return DocumentFactory.create(type, ctx, mark);
    }

    private static SampleLabel writeSingle(Planned p, int seq, Output output, GeneratorOptions options)
            throws IOException {
        Random effects = new Random(p.seed ^ 0x2545F4914F6CDD1DL);
        LocalDate ref = options.referenceDate();
        return switch (p.channel) {
            case BORN_DIGITAL -> {
                GeneratedDocument doc = create(p.type, p.seed, ref, false, 0.05);
                yield BornDigitalWriter.write(doc, String.format("brief_%04d", seq), output, effects,
                        ref.minusDays(effects.nextInt(200)));
            }
            case SCAN -> ScanWriter.write(create(p.type, p.seed, ref, false, 0.15),
                    String.format("scan_%04d", seq), output, effects);
            case OFFICE -> OfficeWriter.write(create(p.type, p.seed, ref, false, 0.15),
                    String.format("kopie_%04d", seq), output, effects, options.officeDpi());
            case PHOTO -> {
                GeneratedDocument doc = create(p.type, p.seed, ref, true, 0.1);
                LocalDate taken = ref.minusDays(effects.nextInt(200));
                yield PhotoWriter.write(doc, String.format("IMG_%04d%02d%02d_%04d", taken.getYear(),
                        taken.getMonthValue(), taken.getDayOfMonth(), seq), output, effects,
                        options.photoLongSide(), options.photoQuality(), taken);
            }
            case BATCH -> throw new IllegalStateException("batch documents are written in groups");
        };
    }

    /** Types cycle, channels cycle, each document gets its own seed; then the order is shuffled. */
    private static List<Planned> plan(GeneratorOptions options, Random master) {
        List<DocumentType> types = new ArrayList<>(options.types());
        List<Channel> channels = new ArrayList<>(options.channels());
        if (types.isEmpty() || channels.isEmpty()) {
            throw new IllegalArgumentException("no types or no channels selected");
        }
        Collections.sort(channels);
        List<Planned> plan = new ArrayList<>();
        if (options.documents() > 0) {
            Collections.shuffle(types, master);
            for (int k = 0; k < options.documents(); k++) {
                plan.add(new Planned(types.get(k % types.size()), channels.get(k % channels.size()),
                        master.nextLong()));
            }
        } else {
            for (int t = 0; t < types.size(); t++) {
                for (int i = 0; i < options.perType(); i++) {
                    plan.add(new Planned(types.get(t), channels.get((t + i) % channels.size()), master.nextLong()));
                }
            }
        }
        long batchDocs = plan.stream().filter(p -> p.channel == Channel.BATCH).count();
        if (batchDocs == 1) {
            plan.add(new Planned(types.get(master.nextInt(types.size())), Channel.BATCH, master.nextLong()));
        }
        Collections.shuffle(plan, master);
        return plan;
    }

    /** Splits the batch documents into groups of 2 to 5. */
    private static List<List<Planned>> batchGroups(List<Planned> queue, Random master) {
        List<List<Planned>> groups = new ArrayList<>();
        int i = 0;
        while (i < queue.size()) {
            int remaining = queue.size() - i;
            int size = remaining <= 5 ? remaining : Math.min(remaining - 2, 2 + master.nextInt(4));
            groups.add(new ArrayList<>(queue.subList(i, i + size)));
            i += size;
        }
        return groups;
    }

    private static void clean(Path out) throws IOException {
        Files.createDirectories(out);
        for (String name : List.of("inputs", "gt")) {
            Path dir = out.resolve(name);
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                        try {
                            Files.delete(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
        }
        Files.deleteIfExists(out.resolve("labels.jsonl"));
    }
}
