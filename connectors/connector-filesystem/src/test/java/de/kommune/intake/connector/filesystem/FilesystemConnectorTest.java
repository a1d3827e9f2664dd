package de.kommune.intake.connector.filesystem;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.ContentSource;
import de.kommune.intake.connector.spi.DeliveryResult;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.DmsConnectorProvider;
import de.kommune.intake.connector.spi.FieldValue;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.spi.InvalidSettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilesystemConnectorTest {

    @TempDir
    Path out;

    @Test
    void isFoundByServiceLoaderUnderItsId() {
        List<String> ids = ServiceLoader.load(DmsConnectorProvider.class).stream()
                .map(p -> p.get().id()).toList();
        assertThat(ids).contains("filesystem");
    }

    @Test
    void writesPdfTextAndIndexRecordPerDocument() throws Exception {
        DmsConnector connector = connector(out.resolve("filed"));
        DeliveryResult result = connector.deliver(document("4f1c2e9a", "{\"id\":\"4f1c2e9a\",\"name\":\"Jürgen Weiß\"}"));

        assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
        Path dir = out.resolve("filed");
        assertThat(Files.readString(dir.resolve("4f1c2e9a.json"))).contains("Jürgen Weiß");
        assertThat(Files.readString(dir.resolve("4f1c2e9a.txt"))).isEqualTo("Seite eins\fSeite zwei");
        assertThat(Files.readAllBytes(dir.resolve("4f1c2e9a.pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void redeliveryOverwritesInsteadOfDuplicating() throws Exception {
        DmsConnector connector = connector(out);
        connector.deliver(document("same-id", "{\"v\":1}"));
        connector.deliver(document("same-id", "{\"v\":2}"));

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(1);
        }
        assertThat(Files.readString(out.resolve("same-id.json"))).isEqualTo("{\"v\":2}");
    }

    @Test
    void unwritableTargetAsksForRetryInsteadOfThrowing() throws Exception {
        Path blocker = Files.writeString(out.resolve("not-a-dir"), "x");
        DeliveryResult result = connector(blocker.resolve("sub")).deliver(document("a", "{}"));
        assertThat(result).isInstanceOf(DeliveryResult.RetryLater.class);
        assertThat(connector(blocker.resolve("sub")).check().up()).isFalse();
    }

    @Test
    void aFailedDeliveryLeavesNoPartFilesBehind() throws Exception {
        ContentSource broken = new ContentSource() {
            @Override
            public InputStream openStream() {
                return new InputStream() {
                    private int n;

                    @Override
                    public int read() throws java.io.IOException {
                        if (n++ > 10_000) {
                            throw new java.io.IOException("content store gone");
                        }
                        return 'x';
                    }
                };
            }

            @Override
            public long size() {
                return 20_000;
            }

            @Override
            public String mediaType() {
                return "application/pdf";
            }
        };
        FiledDocument good = document("b", "{}");
        FiledDocument doc = new FiledDocument("b", "b", "KONTOAUSZUG", Map.of(), null, "leistung", false, List.of(),
                "scan/b.pdf", good.receivedAt(), broken, good.text(), null, "{}");

        assertThat(connector(out).deliver(doc)).isInstanceOf(DeliveryResult.RetryLater.class);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).isEmpty();
        }
    }

    @Test
    void theFirstDeliveryRemovesWhatAKilledWorkerLeftHalfWritten() throws Exception {
        // What SIGKILL leaves mid-copy: a part file nobody holds a lock on.
        Path leftover = Files.writeString(out.resolve("c.pdf.5d41402a-bc4b-4a76-b9f1-9b2b4f1e7c8d.part"), "%PDF-1.");
        Files.writeString(out.resolve("other.json"), "{}");

        assertThat(connector(out).deliver(document("a", "{}"))).isInstanceOf(DeliveryResult.Delivered.class);

        assertThat(leftover).doesNotExist();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("a.pdf", "a.txt", "a.json", "other.json");
        }
    }

    @Test
    void idsCannotEscapeTheFolder() {
        assertThat(FilesystemConnector.safeName("../../etc/passwd")).doesNotContain("/").doesNotStartWith(".");
    }

    @Test
    void reportsEveryBadSettingAtOnce() {
        ConnectorSettings bad = ConnectorSettings.of("archiv", Map.of("write-original", "yes", "folder", "/x"));
        assertThatThrownBy(() -> new FilesystemConnectorProvider().create(bad))
                .isInstanceOf(InvalidSettingsException.class)
                .satisfies(e -> assertThat(((InvalidSettingsException) e).problems()).hasSize(3))
                .hasMessageContaining("archiv").hasMessageContaining("'directory' is required")
                .hasMessageContaining("unknown setting 'folder'");
    }

    private static DmsConnector connector(Path dir) throws InvalidSettingsException {
        return new FilesystemConnectorProvider().create(ConnectorSettings.of("test", Map.of("directory", dir.toString())));
    }

    private static FiledDocument document(String id, String json) {
        return new FiledDocument(id, id, "KONTOAUSZUG",
                Map.of("iban", new FieldValue("DE89370400440532013000", 0.99, 1)), null, "leistung", false, List.of(),
                "scan/a.pdf", Instant.parse("2025-03-01T09:14:03Z"),
                bytes("%PDF-1.7 fake", "application/pdf"), bytes("Seite eins\fSeite zwei", "text/plain"), null, json);
    }

    private static ContentSource bytes(String content, String type) {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        return new ContentSource() {
            @Override
            public InputStream openStream() {
                return new ByteArrayInputStream(data);
            }

            @Override
            public long size() {
                return data.length;
            }

            @Override
            public String mediaType() {
                return type;
            }
        };
    }
}
