package de.kommune.intake.connector.http;

import de.kommune.intake.connector.spi.ContentSource;
import de.kommune.intake.connector.tck.SampleDocuments;
import de.kommune.intake.connector.tck.TrackingContentSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartBodyTest {

    private static final String UMLAUT_NAME = "Überweisung 1.234,56 € für Jürgen \"Weiß\"\r\n.pdf";

    @TempDir
    Path dir;

    @Test
    void framesPartsSoAStrictReaderGetsEveryByteAndTheUtf8FileNameBack() throws Exception {
        byte[] pdf = SampleDocuments.tinyPdf("Kontoauszug");
        // A PDF whose bytes contain CRLF-- as in a delimiter, but not the boundary itself.
        byte[] tricky = "%PDF-1.4\r\n--intake-not-the-boundary\r\n--\r\n".getBytes(StandardCharsets.US_ASCII);
        MultipartBody body = new MultipartBody("intake-0123456789abcdef", List.of(
                new MultipartBody.Part("metadata", null, SampleDocuments.bytes(
                        "{\"name\":\"Jürgen Weiß-Öztürk\"}".getBytes(StandardCharsets.UTF_8), "application/json; charset=UTF-8")),
                new MultipartBody.Part("file", UMLAUT_NAME, SampleDocuments.bytes(pdf, "application/pdf")),
                new MultipartBody.Part("original", "scan.pdf", SampleDocuments.bytes(tricky, "application/pdf"))));

        byte[] wire;
        try (InputStream in = body.open()) {
            wire = in.readAllBytes();
        }

        assertThat(wire).hasSize((int) body.length());
        assertThat(body.contentType()).isEqualTo("multipart/form-data; boundary=intake-0123456789abcdef");
        String text = new String(wire, StandardCharsets.UTF_8);
        // Raw UTF-8 in the quoted file name; only ", CR and LF percent-encoded; never filename*.
        assertThat(text).contains("Content-Disposition: form-data; name=\"file\"; "
                + "filename=\"Überweisung 1.234,56 € für Jürgen %22Weiß%22%0D%0A.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .doesNotContain("filename*").startsWith("--intake-0123456789abcdef\r\n")
                .endsWith("\r\n--intake-0123456789abcdef--\r\n");

        List<MultipartReader.Part> parts = MultipartReader.read(new ByteArrayInputStream(wire),
                MultipartReader.boundary(body.contentType()), dir);
        assertThat(parts).extracting(MultipartReader.Part::name).containsExactly("metadata", "file", "original");
        assertThat(parts.get(0).text()).isEqualTo("{\"name\":\"Jürgen Weiß-Öztürk\"}");
        assertThat(parts.get(0).fileName()).isNull();
        assertThat(parts.get(1).fileName()).isEqualTo(UMLAUT_NAME);
        assertThat(Files.readAllBytes(parts.get(1).file())).isEqualTo(pdf);
        assertThat(Files.readAllBytes(parts.get(2).file())).isEqualTo(tricky);
    }

    @Test
    void opensEachContentOnlyWhenReachedAndClosesIt() throws Exception {
        TrackingContentSource first = new TrackingContentSource("first", SampleDocuments.text("eins"));
        TrackingContentSource second = new TrackingContentSource("second", SampleDocuments.text("zwei"));
        MultipartBody body = new MultipartBody("b", List.of(new MultipartBody.Part("a", null, first),
                new MultipartBody.Part("b", null, second)));

        InputStream in = body.open();
        in.readNBytes(77); // the first part header (75 bytes) and two bytes of its content
        assertThat(first.opened()).isEqualTo(1);
        assertThat(second.opened()).isZero();
        in.readAllBytes();
        assertThat(first.closed()).isEqualTo(1);
        assertThat(second.closed()).isEqualTo(1);
    }

    @Test
    void closingMidwayClosesTheOpenContentAndLaterReadsFailWithoutTouchingIt() throws Exception {
        TrackingContentSource pdf = new TrackingContentSource("pdf", SampleDocuments.generatedPdf(1024 * 1024));
        MultipartBody body = new MultipartBody("b", List.of(new MultipartBody.Part("file", "x.pdf", pdf)));

        InputStream in = body.open();
        in.readNBytes(4096);
        in.close();

        assertThat(pdf.problems()).isEmpty();
        assertThat(pdf.closed()).isEqualTo(1);
        assertThatThrownBy(() -> in.read(new byte[10])).isInstanceOf(IOException.class);
        assertThat(pdf.problems()).as("no read after close reached the content").isEmpty();
    }

    @Test
    void contentThatDisagreesWithItsDeclaredSizeFailsInsteadOfCorruptingTheFraming() {
        ContentSource lying = new ContentSource() {
            @Override
            public InputStream openStream() {
                return new ByteArrayInputStream(new byte[10]);
            }

            @Override
            public long size() {
                return 20;
            }

            @Override
            public String mediaType() {
                return "application/pdf";
            }
        };
        MultipartBody body = new MultipartBody("b", List.of(new MultipartBody.Part("file", "x.pdf", lying)));
        assertThatThrownBy(() -> body.open().readAllBytes()).isInstanceOf(IOException.class)
                .hasMessageContaining("shorter than its declared size");
    }

    @Test
    void aMissingOrBrokenMediaTypeIsSentAsOctetStreamWithoutBreakingTheHeaders() throws Exception {
        MultipartBody body = new MultipartBody("b", List.of(
                new MultipartBody.Part("a", "a.bin", SampleDocuments.bytes(new byte[] {1}, null)),
                new MultipartBody.Part("b", "b.bin", SampleDocuments.bytes(new byte[] {2}, "text/plain\r\nX-Evil: 1"))));
        List<MultipartReader.Part> parts = MultipartReader.read(body.open(), "b", dir);
        assertThat(parts).extracting(MultipartReader.Part::contentType)
                .containsExactly("application/octet-stream", "application/octet-stream");
    }

    @Test
    void randomBoundariesAreValidAndDiffer() {
        String a = MultipartBody.randomBoundary();
        String b = MultipartBody.randomBoundary();
        assertThat(a).isNotEqualTo(b).matches("intake-[0-9a-f]{32}");
        assertThatThrownBy(() -> new MultipartBody("bad\r\nboundary", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
