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
 * the packaged application ({@code target/intake.jar}, started the way {@code bin/intake} starts it, with
 * {@code -Dloader.path}) without any change to the pipeline. Runs after {@code package} (failsafe).
 */
class PluginConnectorIT {

    private static final Path EXAMPLE = Path.of("..", "samples", "connector-example").toAbsolutePath().normalize();
    private static final Path APP_JAR = Path.of("target", "intake.jar").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void theExampleConnectorIsBuiltDroppedIntoPluginsDiscoveredAndFilesTheBatch() throws Exception {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        Path jar = buildExampleJar(plugins.resolve("acme-archive-connector.jar"));
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("kuendigung.txt"), """
                Müller Logistik GmbH · Hafenstraße 12 · 28217 Bremen
                Bremen, 03.02.2025
                Kündigung Ihres Arbeitsverhältnisses
                hiermit kündigen wir das mit Ihnen bestehende Arbeitsverhältnis fristgerecht zum 31.03.2025.
                """, StandardCharsets.UTF_8);
        Path archive = Files.createDirectories(tmp.resolve("acme-share"));
        Path log = tmp.resolve("run.log");

        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dloader.path=" + plugins, "-jar", APP_JAR.toString(),
                "batch", "--in", in.toString(), "--out", tmp.resolve("out").toString(),
                "--work", tmp.resolve("work").toString(), "--verbose",
                "--intake.delivery.targets.acme.type=acme-archive",
                "--intake.delivery.targets.acme.settings.root=" + archive,
                "--intake.routing.default-target=acme");
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
