package de.kommune.intake.pipeline.it;

import de.kommune.intake.connector.spi.DmsConnectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The third-party connector of {@code samples/connector-example} as IT staff would use it: built from its own
 * sources against nothing but {@code connector-api}, dropped as a jar into a {@code plugins/} folder, and found by
 * the packaged application without any change to the pipeline, started both ways it ships: the jar with
 * {@code -Dloader.path} (the container image) and the extracted layout with the plug-ins on the class path and the
 * class-data archive made by {@code bin/cds-archive} ({@code bin/intake}). Runs after {@code package} (failsafe).
 */
class PluginConnectorIT {

    private static final Path EXAMPLE = Path.of("..", "samples", "connector-example").toAbsolutePath().normalize();
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path APP_JAR = Path.of("target", "intake.jar").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void theJarWithLoaderPathFindsTheDroppedConnectorAndFilesTheBatch() throws Exception {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        Path jar = buildExampleJar(plugins.resolve("acme-archive-connector.jar"));
        runBatchAndExpectFiledByPlugin(List.of("-Dloader.path=" + plugins, "-jar", APP_JAR.toString()), jar);
    }

    @Test
    void theExtractedLayoutWithClassDataArchiveFindsTheDroppedConnectorAndFilesTheBatch() throws Exception {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        Path jar = buildExampleJar(plugins.resolve("acme-archive-connector.jar"));
        Path app = tmp.resolve("app");
        run(List.of(java(), "-Djarmode=tools", "-jar", APP_JAR.toString(), "extract", "--destination", app.toString()),
                tmp.resolve("extract.log"));
        Path training = writeKuendigung(Files.createDirectories(tmp.resolve("training")));
        Path archiveFile = app.resolve("intake.jsa");
        run(List.of("bash", ROOT.resolve("bin/cds-archive").toString(), app.toString(), training.toString(),
                archiveFile.toString()), tmp.resolve("cds-archive.log"));
        assertThat(archiveFile).as("class-data archive made").isNotEmptyFile();

        // -Xshare:on (bin/intake says auto) makes the start fail if the archive does not fit the class path; the
        // flight recorder's class-file hook is what a monitoring agent brings too (it crashed an earlier archive)
        String classPath = app.resolve("intake.jar") + ":" + plugins + ":" + plugins + "/*";
        runBatchAndExpectFiledByPlugin(List.of("-XX:SharedArchiveFile=" + archiveFile, "-Xshare:on",
                "-XX:StartFlightRecording=filename=" + tmp.resolve("run.jfr"),
                "-cp", classPath, "de.kommune.intake.pipeline.IntakeApplication"), jar);
    }

    private void runBatchAndExpectFiledByPlugin(List<String> launch, Path jar) throws Exception {
        Path in = writeKuendigung(Files.createDirectories(tmp.resolve("in")));
        Path archive = Files.createDirectories(tmp.resolve("acme-share"));
        Path log = tmp.resolve("run.log");

        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx1g"));
        cmd.addAll(launch);
        cmd.addAll(List.of(
                "batch", "--in", in.toString(), "--out", tmp.resolve("out").toString(),
                "--work", tmp.resolve("work").toString(), "--verbose",
                "--intake.delivery.targets.acme.type=acme-archive",
                "--intake.delivery.targets.acme.settings.root=" + archive,
                "--intake.routing.default-target=acme"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("batch finished").isTrue();
        String output = Files.readString(log);

        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("Connector found: id=acme-archive").contains(jar.getFileName().toString());
        List<Path> filed;
        try (Stream<Path> files = Files.walk(archive)) {
            filed = files.filter(Files::isRegularFile).toList();
        }
        assertThat(filed).hasSize(2);
        Path idx = filed.stream().filter(f -> f.toString().endsWith(".idx")).findFirst().orElseThrow();
        assertThat(idx.getParent().getFileName().toString()).isEqualTo("KUENDIGUNG");
        assertThat(idx.getParent().getParent().getFileName().toString()).isEqualTo("ohne-akte");
        assertThat(Files.readString(idx, StandardCharsets.UTF_8)).contains("kuendigung.txt");
        assertThat(filed.stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow())
                .content(StandardCharsets.ISO_8859_1).startsWith("%PDF-");
        try (Stream<Path> out = Files.list(Files.createDirectories(tmp.resolve("out")))) {
            assertThat(out.filter(f -> f.toString().endsWith(".json"))).as("routed to acme, not to --out").isEmpty();
        }
    }

    private static Path writeKuendigung(Path folder) throws Exception {
        Files.writeString(folder.resolve("kuendigung.txt"), """
                Müller Logistik GmbH · Hafenstraße 12 · 28217 Bremen
                Bremen, 03.02.2025
                Kündigung Ihres Arbeitsverhältnisses
                hiermit kündigen wir das mit Ihnen bestehende Arbeitsverhältnis fristgerecht zum 31.03.2025.
                """, StandardCharsets.UTF_8);
        return folder;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void run(List<String> cmd, Path log) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", cmd)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd) + "\n" + Files.readString(log)).isZero();
    }

    /** Compiles the example's sources against connector-api only and packs them with their service file. */
    private static Path buildExampleJar(Path jar) throws Exception {
        Path classes = Files.createDirectories(jar.resolveSibling("classes"));
        List<Path> sources;
        try (Stream<Path> s = Files.walk(EXAMPLE.resolve("src/main/java"))) {
            sources = s.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(sources).isNotEmpty();
        Path api = Path.of(DmsConnectorProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-classpath", api.toString(), "-d", classes.toString());
            boolean ok = javac.getTask(null, files, null, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            assertThat(ok).as("example connector compiles against connector-api alone").isTrue();
        }
        Path resources = EXAMPLE.resolve("src/main/resources");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path root : List.of(classes, resources)) {
                List<Path> entries;
                try (Stream<Path> s = Files.walk(root)) {
                    entries = s.filter(Files::isRegularFile).toList();
                }
                for (Path f : entries) {
                    out.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, (OutputStream) out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }
}
