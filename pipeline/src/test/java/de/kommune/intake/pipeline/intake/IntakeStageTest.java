package de.kommune.intake.pipeline.intake;

import de.kommune.intake.pipeline.config.IntakeProperties;
import de.kommune.intake.pipeline.ledger.FileLedger;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.store.FileContentStore;
import de.kommune.intake.samples.BadInput;
import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.GeneratedDocument;
import de.kommune.intake.samples.SampleSet;
import de.kommune.intake.samples.channel.BadInputWriter;
import de.kommune.intake.samples.channel.Output;
import de.kommune.intake.samples.render.PdfPageWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeStageTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @TempDir
    Path tmp;

    private Path rejectedDir;
    private FileContentStore store;
    private FileLedger ledger;
    private IntakeService intake;
    private IntakeStage stage;
    private final List<InputTicket> published = new ArrayList<>();

    private static byte[] pdf;

    @BeforeEach
    void setUp() throws IOException {
        rejectedDir = tmp.resolve("out/rejected");
        store = new FileContentStore(tmp.resolve("data/store"));
        ledger = new FileLedger(tmp.resolve("data/ledger"), json);
        Rejections rejections = new Rejections(store, ledger, rejectedDir, json);
        // The publisher is the Camel edge; here it only records what intake would queue.
        intake = new IntakeService(store, ledger, new TicketPublisher() {
            @Override
            public void publish(InputTicket ticket) {
                published.add(ticket);
            }

            @Override
            public void resume(InputTicket ticket) {
                published.add(ticket);
            }
        });
        stage = new IntakeStage(store, ledger, rejections, new MediaTypeDetector(),
                new IntakeProperties.Limits(DataSize.ofKilobytes(64), 500, 60_000_000L));
        if (pdf == null) {
            GeneratedDocument doc = SampleSet.document(DocumentType.KUENDIGUNG, 11, true);
            try (PDDocument d = PdfPageWriter.toDocument(doc.pages())) {
                ByteArrayOutputStream bos = new ByteArrayOutputStream();
                d.save(bos);
                pdf = bos.toByteArray();
            }
        }
    }

    private InputTicket submit(String fileName, byte[] content) throws IOException {
        return intake.submit(new ByteArrayInputStream(content), fileName, "batch", UUID.randomUUID().toString());
    }

    private JsonNode reason(String fileName) throws IOException {
        Path reasonFile = rejectedDir.resolve(fileName + ".reason.json");
        assertThat(reasonFile).exists();
        return json.readTree(Files.readString(reasonFile));
    }

    private InputRecord record(InputTicket ticket) {
        return ledger.input(ticket.inputId()).orElseThrow();
    }

    @Test
    void aSupportedInputGoesOnWithItsDetectedMediaType() throws IOException {
        InputTicket ticket = submit("scans/brief.jpg", pdf);

        List<InputTicket> next = stage.process(ticket);

        assertThat(next).hasSize(1);
        assertThat(next.get(0).mediaType()).isEqualTo(MediaTypeDetector.PDF);
        assertThat(next.get(0).inputId()).isEqualTo(ticket.inputId());
        assertThat(next.get(0).fileName()).isEqualTo("scans/brief.jpg");
        assertThat(next.get(0).sha256()).isEqualTo(ticket.sha256());
        assertThat(record(ticket).status()).isEqualTo(Outcome.PROCESSING);
        assertThat(rejectedDir).doesNotExist();
    }

    @Test
    void anEmptyFileIsRejectedWithItsReason() throws IOException {
        InputTicket ticket = submit("bad/leer.pdf", new byte[0]);

        assertThat(stage.process(ticket)).isEmpty();

        assertThat(rejectedDir.resolve("bad/leer.pdf")).exists().isEmptyFile();
        JsonNode reason = reason("bad/leer.pdf");
        assertThat(reason.get("reason").asString()).isEqualTo("EMPTY");
        assertThat(reason.get("source").get("fileName").asString()).isEqualTo("bad/leer.pdf");
        assertThat(reason.get("source").get("sha256").asString()).isEqualTo(ticket.sha256());
        assertThat(reason.get("source").get("channel").asString()).isEqualTo("batch");
        assertThat(reason.get("message").asString()).isNotBlank();
        InputRecord r = record(ticket);
        assertThat(r.status()).isEqualTo(Outcome.REJECTED);
        assertThat(r.rejectReason()).isEqualTo("EMPTY");
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedAsTooLarge() throws IOException {
        byte[] big = new byte[65 * 1024];
        System.arraycopy(pdf, 0, big, 0, Math.min(pdf.length, big.length));
        InputTicket ticket = submit("gross.pdf", big);

        assertThat(stage.process(ticket)).isEmpty();

        assertThat(Files.readAllBytes(rejectedDir.resolve("gross.pdf"))).isEqualTo(big);
        JsonNode reason = reason("gross.pdf");
        assertThat(reason.get("reason").asString()).isEqualTo("TOO_LARGE");
        assertThat(reason.get("message").asString()).contains(String.valueOf(big.length));
        assertThat(record(ticket).rejectReason()).isEqualTo("TOO_LARGE");
    }

    @Test
    void aFileExactlyAtTheLimitIsNotTooLarge() throws IOException {
        byte[] exact = new byte[64 * 1024];
        System.arraycopy(pdf, 0, exact, 0, Math.min(pdf.length, exact.length));
        InputTicket ticket = submit("exakt.pdf", exact);

        stage.process(ticket);

        assertThat(record(ticket).rejectReason()).isNotEqualTo("TOO_LARGE");
    }

    @Test
    void randomBytesAreRejectedAsUnsupportedWithTheDetectedType() throws IOException {
        Path generated = tmp.resolve("gen");
        BadInputWriter.write(BadInput.RANDOM_BYTES, SampleSet.document(DocumentType.SONSTIGES, 2), new Output(generated),
                new Random(5));
        byte[] junk = Files.readAllBytes(generated.resolve("inputs/bad/datenmuell.pdf"));
        InputTicket ticket = submit("bad/datenmuell.pdf", junk);

        assertThat(stage.process(ticket)).isEmpty();

        assertThat(Files.readAllBytes(rejectedDir.resolve("bad/datenmuell.pdf"))).isEqualTo(junk);
        JsonNode reason = reason("bad/datenmuell.pdf");
        assertThat(reason.get("reason").asString()).isEqualTo("UNSUPPORTED_TYPE");
        assertThat(reason.get("source").get("fileName").asString()).isEqualTo("bad/datenmuell.pdf");
        assertThat(reason.get("source").get("mediaType").asString()).isNotEqualTo(MediaTypeDetector.PDF);
        assertThat(record(ticket).status()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void theSameContentAgainIsRejectedAsDuplicateNamingTheFirstFile() throws IOException {
        InputTicket first = submit("2025-03-01/brief.pdf", pdf);
        InputTicket second = submit("2025-03-02/brief_nochmal.pdf", pdf);

        assertThat(stage.process(first)).hasSize(1);
        assertThat(stage.process(second)).isEmpty();

        JsonNode reason = reason("2025-03-02/brief_nochmal.pdf");
        assertThat(reason.get("reason").asString()).isEqualTo("DUPLICATE");
        assertThat(reason.get("source").get("fileName").asString()).isEqualTo("2025-03-02/brief_nochmal.pdf");
        assertThat(reason.get("message").asString()).contains("2025-03-01/brief.pdf");
        assertThat(rejectedDir.resolve("2025-03-02/brief_nochmal.pdf")).exists();
        assertThat(rejectedDir.resolve("2025-03-01/brief.pdf")).doesNotExist();
        assertThat(record(first).status()).isEqualTo(Outcome.PROCESSING);
        assertThat(record(second).rejectReason()).isEqualTo("DUPLICATE");
    }

    @Test
    void aRedeliveredTicketAfterIntakeIsSkipped() throws IOException {
        InputTicket ticket = submit("brief.pdf", pdf);
        assertThat(stage.process(ticket)).hasSize(1);
        InputRecord afterFirst = record(ticket);

        assertThat(stage.process(ticket)).isEmpty();

        assertThat(record(ticket)).isEqualTo(afterFirst);
        assertThat(rejectedDir).doesNotExist(); // in particular not rejected as a duplicate of itself
    }

    @Test
    void aRedeliveredTicketOfARejectedInputIsSkipped() throws IOException {
        InputTicket ticket = submit("leer.pdf", new byte[0]);
        stage.process(ticket);
        InputRecord afterFirst = record(ticket);
        Files.delete(rejectedDir.resolve("leer.pdf.reason.json"));

        assertThat(stage.process(ticket)).isEmpty();

        assertThat(record(ticket)).isEqualTo(afterFirst);
        assertThat(rejectedDir.resolve("leer.pdf.reason.json")).doesNotExist();
    }

    @Test
    void twoRejectedFilesWithTheSameNameInDifferentFoldersDoNotCollide() throws IOException {
        InputTicket a = submit("a/scan.pdf", new byte[0]);
        InputTicket b = submit("b/scan.pdf", new byte[]{0, 1, 2, (byte) 0xFE, 0x7F, 0});

        stage.process(a);
        stage.process(b);

        assertThat(reason("a/scan.pdf").get("reason").asString()).isEqualTo("EMPTY");
        assertThat(reason("b/scan.pdf").get("reason").asString()).isEqualTo("UNSUPPORTED_TYPE");
    }
}
