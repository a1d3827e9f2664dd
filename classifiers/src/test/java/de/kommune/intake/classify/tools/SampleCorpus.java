package de.kommune.intake.classify.tools;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.GeneratedDocument;
import de.kommune.intake.samples.Json;
import de.kommune.intake.samples.SampleSet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a text-only labelled corpus in the dev-corpus layout ({@code labels.jsonl} + {@code gt/}) from the
 * project's own generator ({@link SampleSet#document}, no rendering): the training data of the shipped model
 * and of the tests. A quarter of the documents are laid out on one page, as the generator does for photos.
 *
 * <pre>
 * java -cp ... de.kommune.intake.classify.tools.SampleCorpus OUT_DIR [--per-type N] [--seed S]
 * </pre>
 */
public final class SampleCorpus {

    private SampleCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int perType = 200;
        long seed = 20261201L;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--per-type" -> perType = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        int n = write(out, perType, seed, List.of(DocumentType.values()));
        System.out.println(n + " documents written to " + out);
    }

    /** Writes {@code perType} documents of each type; returns the number written. */
    static int write(Path out, int perType, long seed, List<DocumentType> types) throws IOException {
        Files.createDirectories(out.resolve("gt"));
        Random master = new Random(seed);
        StringBuilder labels = new StringBuilder();
        int n = 0;
        for (DocumentType type : types) {
            for (int i = 0; i < perType; i++) {
                long docSeed = master.nextLong();
                boolean onePage = master.nextInt(4) == 0;
                GeneratedDocument doc = SampleSet.document(type, docSeed, onePage);
                String name = String.format("gen_%05d", ++n);
                List<String> gt = new ArrayList<>();
                for (int p = 0; p < doc.pages().size(); p++) {
                    String file = "gt/" + name + "_p" + (p + 1) + ".txt";
                    Files.writeString(out.resolve(file), doc.pageText(p), StandardCharsets.UTF_8);
                    gt.add(file);
                }
                Map<String, Object> label = new LinkedHashMap<>();
                label.put("file", "generated/" + name + ".txt");
                label.put("channel", onePage ? "photo" : "born-digital");
                label.put("documentType", type.name());
                label.put("variant", doc.variant());
                label.put("fields", doc.fields());
                label.put("absentFields", doc.absentFields());
                label.put("gtText", gt);
                labels.append(Json.write(label)).append('\n');
            }
        }
        Files.writeString(out.resolve("labels.jsonl"), labels.toString(), StandardCharsets.UTF_8);
        return n;
    }
}
