package de.kommune.intake.samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Command line entry point.
 *
 * <pre>
 * GenerateSamples --out DIR [--seed N] [--per-type N | --docs N] [--channels born-digital,scan,office,photo,batch]
 *                 [--types KONTOAUSZUG,...] [--bad[=empty,truncated,encrypted,random-bytes,zip-as-pdf]]
 *                 [--photo-size PX] [--photo-quality Q] [--office-dpi 200,300] [--demo]
 * </pre>
 */
public final class GenerateSamples {

    private GenerateSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path out = null;
        GeneratorOptions o = GeneratorOptions.defaults();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
            String key = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            boolean needsValue = !key.equals("--bad") && !key.equals("--help") && !key.equals("-h")
                    && !key.equals("--demo");
            if (needsValue && value == null) {
                if (i + 1 >= args.length) {
                    fail("missing value for " + key);
                }
                value = args[++i];
            }
            switch (key) {
                case "--out" -> out = Path.of(value);
                case "--seed" -> o = o.withSeed(Long.parseLong(value));
                case "--demo" -> o = GeneratorOptions.demo();
                case "--per-type" -> o = o.withPerType(Integer.parseInt(value));
                case "--docs" -> o = o.withDocuments(Integer.parseInt(value));
                case "--channels" -> o = o.withChannels(Arrays.stream(value.split(",")).map(Channel::of)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class))));
                case "--types" -> o = o.withTypes(Arrays.stream(value.split(","))
                        .map(s -> DocumentType.valueOf(s.trim().toUpperCase())).toList());
                case "--bad" -> {
                    if (value == null && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        value = args[++i];
                    }
                    Set<BadInput> bad = value == null ? EnumSet.allOf(BadInput.class) : Arrays.stream(value.split(","))
                            .map(BadInput::of).collect(Collectors.toCollection(() -> EnumSet.noneOf(BadInput.class)));
                    o = o.withBadInputs(bad);
                }
                case "--photo-size" -> o = o.withPhoto(Integer.parseInt(value), o.photoQuality());
                case "--photo-quality" -> o = o.withPhoto(o.photoLongSide(), Float.parseFloat(value));
                case "--office-dpi" -> o = o.withOfficeDpi(Arrays.stream(value.split(","))
                        .map(s -> Integer.parseInt(s.trim())).toList());
                case "--help", "-h" -> {
                    usage();
                    return;
                }
                default -> fail("unknown option " + a);
            }
        }
        if (out == null) {
            fail("--out DIR is required");
        }
        // PDFBox logs once per Standard 14 font that it would draw with a substitute; we only measure with them.
        java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font").setLevel(java.util.logging.Level.SEVERE);
        long start = System.nanoTime();
        System.out.printf("Generating into %s (seed %d, channels %s)%n", out.toAbsolutePath(), o.seed(),
                o.channels().stream().map(Channel::id).toList());
        Path target = out;
        List<SampleLabel> labels = SampleSet.generate(target, o, l -> System.out.println("  " + describe(target, l)));
        long docs = labels.stream().mapToLong(l -> l.documents().size()).sum();
        System.out.printf("Wrote %d inputs (%d documents), %s and gt/ in %.1f s%n", labels.size(), docs,
                out.resolve("labels.jsonl"), (System.nanoTime() - start) / 1e9);
    }

    private static String describe(Path out, SampleLabel l) {
        long size;
        try {
            size = Files.size(out.resolve("inputs").resolve(l.file()));
        } catch (Exception e) {
            size = -1;
        }
        String what = l.documents().isEmpty() ? "rejected expected (" + l.notes().get("badKind") + ")"
                : l.documents().stream().map(d -> d.documentType().name() + " p" + d.pages())
                .collect(Collectors.joining(", "));
        String seps = l.isBatch() ? " separators " + l.separatorPages() : "";
        return String.format("%-40s %8d B  %s%s", l.file(), size, what, seps);
    }

    private static void usage() {
        System.out.println("""
                Usage: GenerateSamples --out DIR [options]
                  --seed N            master seed (default 42); same seed, same files
                  --per-type N        documents per type, spread over the channels (default 1)
                  --docs N            exactly N documents instead, cycling types and channels
                  --channels LIST     born-digital,scan,office,photo,batch (default all)
                  --types LIST        document type codes (default all 15)
                  --bad[=LIST]        add broken inputs: empty,truncated,encrypted,random-bytes,zip-as-pdf (default all)
                  --photo-size PX     long side of photos (default 2000)
                  --photo-quality Q   JPEG quality of photos 0..1 (default 0.85)
                  --office-dpi LIST   resolutions for office scans (default 200,240,300)
                  --demo              the settings of the bundled demo set (later options still apply)
                DIR gets inputs/<channel>/, gt/ and labels.jsonl (replacing earlier ones).""");
    }

    private static void fail(String msg) {
        System.err.println("error: " + msg);
        usage();
        System.exit(2);
    }
}
