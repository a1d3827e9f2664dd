package de.kommune.intake.pipeline.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Arguments of {@code batch}. Unknown {@code --key=value} arguments are passed to Spring as configuration.
 *
 * @param work       broker journal, content store and ledger; kept across a crash so a rerun resumes
 * @param keepWork   keep {@code work} after success (default: deleted, no temporary files left behind)
 * @param timings    print time per stage at the end (benchmarks)
 * @param stallLimit give up when nothing finished for this long
 * @param replayDeadLetters first put documents whose delivery gave up back into delivery (a rerun after an outage)
 */
record BatchOptions(Path in, Path out, Path work, boolean keepWork, boolean verbose, boolean timings,
                    Duration stallLimit, boolean replayDeadLetters, List<String> springArgs) {

    static final String USAGE = """
            usage: intake batch --in DIR --out DIR [--work DIR] [--keep-work] [--verbose] [--timings] [--stall-minutes N]
                                [--replay-dead-letters] [--spring.or.intake.key=value ...]""";

    static BatchOptions parse(String[] args) {
        Path in = null, out = null, work = null;
        boolean keep = false, verbose = false, timings = false, replay = false;
        Duration stall = Duration.ofMinutes(30);
        List<String> spring = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--in" -> in = Path.of(value(args, ++i, a));
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--work" -> work = Path.of(value(args, ++i, a));
                case "--keep-work" -> keep = true;
                case "--verbose" -> verbose = true;
                case "--timings" -> timings = true;
                case "--replay-dead-letters" -> replay = true;
                case "--stall-minutes" -> stall = Duration.ofMinutes(Long.parseLong(value(args, ++i, a)));
                default -> {
                    if (a.startsWith("--") && a.contains("=")) {
                        spring.add(a);
                    } else {
                        throw new IllegalArgumentException("unknown argument '" + a + "'\n" + USAGE);
                    }
                }
            }
        }
        if (in == null || out == null) {
            throw new IllegalArgumentException("--in and --out are required\n" + USAGE);
        }
        in = in.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
        if (work == null) {
            work = Path.of(System.getProperty("java.io.tmpdir"), "intake-batch-" + shortHash(out.toString()));
        }
        return new BatchOptions(in, out, work.toAbsolutePath().normalize(), keep, verbose, timings, stall, replay,
                spring);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
