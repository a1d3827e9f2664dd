package de.kommune.intake.pipeline.intake;

import de.kommune.intake.pipeline.ledger.FileLedger;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.store.FileContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeServiceTest {

    @TempDir
    Path tmp;

    private FileContentStore store;
    private FileLedger ledger;
    private IntakeService service;
    /** The Camel edge replaced by a recorder: which tickets went to the first queue, which were resumed. */
    private final List<InputTicket> published = new ArrayList<>();
    private final List<InputTicket> resumed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        store = new FileContentStore(tmp.resolve("store"));
        ledger = new FileLedger(tmp.resolve("ledger"), JsonMapper.builder().findAndAddModules().build());
        service = new IntakeService(store, ledger, new TicketPublisher() {
            @Override
            public void publish(InputTicket ticket) {
                published.add(ticket);
            }

            @Override
            public void resume(InputTicket ticket) {
                resumed.add(ticket);
            }
        });
    }

    @Test
    void submitStoresTheOriginalRecordsItAndQueuesIt() throws IOException {
        byte[] content = "abc".getBytes(StandardCharsets.US_ASCII);

        InputTicket ticket = service.submit(new ByteArrayInputStream(content), "scans/a.pdf", "upload", "in-1");

        assertThat(ticket.inputId()).isEqualTo("in-1");
        assertThat(ticket.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ticket.size()).isEqualTo(3);
        assertThat(ticket.mediaType()).isNull();
        assertThat(store.read(StoreKeys.original("in-1"))).isEqualTo(content);
        InputRecord r = ledger.input("in-1").orElseThrow();
        assertThat(r.status()).isEqualTo(Outcome.RECEIVED);
        assertThat(r.fileName()).isEqualTo("scans/a.pdf");
        assertThat(r.channel()).isEqualTo("upload");
        assertThat(published).containsExactly(ticket);
        assertThat(resumed).isEmpty();
    }

    @Test
    void resubmittingAnInputInFlightResumesItWithoutStoringAgain() throws IOException {
        InputTicket first = service.submit(new ByteArrayInputStream(new byte[]{1}), "a.pdf", "batch", "in-1");
        ledger.updateInput("in-1", r -> r.with(Outcome.PROCESSING, "intake", "application/pdf"));

        InputTicket again = service.submit(new ByteArrayInputStream(new byte[]{9, 9}), "a.pdf", "batch", "in-1");

        assertThat(again).isEqualTo(first);
        assertThat(store.read(StoreKeys.original("in-1"))).containsExactly(1);
        assertThat(published).hasSize(1);
        assertThat(resumed).containsExactly(first);
    }

    @Test
    void resubmittingAFinishedInputDoesNothing() throws IOException {
        service.submit(new ByteArrayInputStream(new byte[]{1}), "a.pdf", "batch", "in-1");
        ledger.updateInput("in-1", r -> r.with(Outcome.FILED, "deliver", "1 document(s)"));

        service.submit(new ByteArrayInputStream(new byte[]{1}), "a.pdf", "batch", "in-1");

        assertThat(published).hasSize(1);
        assertThat(resumed).isEmpty();
        assertThat(ledger.input("in-1").orElseThrow().status()).isEqualTo(Outcome.FILED);
    }

    @Test
    void anInputThatNeverLeftIntakeIsQueuedAgain() throws IOException {
        service.submit(new ByteArrayInputStream(new byte[]{1}), "a.pdf", "batch", "in-1");

        service.submit(new ByteArrayInputStream(new byte[]{1}), "a.pdf", "batch", "in-1");

        assertThat(published).hasSize(2);
        assertThat(ledger.input("in-1").orElseThrow().history()).hasSize(1);
    }

    @Test
    void batchInputIdsAreStableForTheSameFileInTheSamePlace() throws IOException {
        Path a = Files.write(tmp.resolve("a.pdf"), new byte[]{1, 2, 3});
        Path b = Files.write(tmp.resolve("b.pdf"), new byte[]{1, 2, 3});
        Path c = Files.write(tmp.resolve("c.pdf"), new byte[]{1, 2, 4});

        String id = IntakeService.batchInputId("scans/a.pdf", a);

        assertThat(IntakeService.batchInputId("scans/a.pdf", a)).isEqualTo(id);
        assertThat(IntakeService.batchInputId("scans/a.pdf", b)).isEqualTo(id);
        assertThat(IntakeService.batchInputId("scans/b.pdf", b)).isNotEqualTo(id);
        assertThat(IntakeService.batchInputId("scans/a.pdf", c)).isNotEqualTo(id);
        assertThat(id).matches("[0-9a-f-]{36}");
    }
}
