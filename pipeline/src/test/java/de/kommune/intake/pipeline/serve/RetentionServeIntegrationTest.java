package de.kommune.intake.pipeline.serve;

import de.kommune.intake.pipeline.ledger.ForwardingLedger;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.retention.RetentionSweep;
import de.kommune.intake.pipeline.review.DeliveryOutbox;
import de.kommune.intake.pipeline.store.ContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static de.kommune.intake.pipeline.serve.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention in the running service: the sweep is wired in serve mode, and against the database ledger a filed
 * input's working copies go while its record and the status endpoint stay.
 */
class RetentionServeIntegrationTest extends ServeModeTestBase {

    @Autowired
    RetentionSweep scheduledSweep;

    @Autowired
    ContentStore store;

    @Autowired
    Ledger ledger;

    @Autowired
    DeliveryOutbox outbox;

    @Autowired
    MeterRegistry meters;

    @Test
    void aFiledInputLosesItsWorkingCopiesOnceThePeriodIsOverAndItsStatusStays() throws Exception {
        ApiClient api = apiClient();
        JsonNode held = api.uploadAndWait("auszug.txt", unclearText());
        String inputId = held.path("id").asString();
        String docId = held.path("documents").get(0).path("id").asString();
        assertThat(api.post("/api/v1/reviews/" + docId + "/approve", "{\"documentType\":\"KONTOAUSZUG\","
                + "\"fields\":{\"bgNumber\":\"" + NORD_BG + "\",\"closingBalance\":\"12.34\"}}").statusCode())
                .isEqualTo(202);
        api.awaitStatus(inputId, List.of("filed"));

        assertThat(scheduledSweep.sweep()).as("just filed: within the period").isZero();
        assertThat(store.exists(StoreKeys.original(inputId))).isTrue();
        assertThat(meters.find("intake.retention.inputs").counter()).isNotNull();

        // 31 days on, restricted to this input so that other serve tests' inputs keep their files
        Ledger onlyThisInput = new ForwardingLedger(ledger) {
            @Override
            public List<InputRecord> inputs() {
                return super.inputs().stream().filter(r -> r.inputId().equals(inputId)).toList();
            }
        };
        RetentionSweep later = new RetentionSweep(store, onlyThisInput,
                Clock.fixed(Instant.now().plus(Duration.ofDays(31)), ZoneOffset.UTC), Duration.ofDays(30), null,
                Files.createTempDirectory(DATA, "retention"), meters, outbox::waiting);
        assertThat(later.sweep()).isEqualTo(1);

        assertThat(store.exists(StoreKeys.original(inputId))).isFalse();
        assertThat(store.exists(StoreKeys.documentDir(docId) + "/document.pdf")).isFalse();
        var status = api.get("/api/v1/documents/" + inputId);
        assertThat(status.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(status.body());
        assertThat(body.path("status").asString()).isEqualTo("filed");
        assertThat(body.path("history").toString()).contains("\"retention\"");
        assertThat(later.sweep()).as("the database ledger keeps the mark").isZero();
    }
}
