package de.kommune.intake.pipeline.serve;

import com.sun.net.httpserver.HttpServer;
import de.kommune.intake.pipeline.review.ReviewHold;
import de.kommune.intake.pipeline.routes.Queues;
import de.kommune.intake.pipeline.security.ApiClients;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.activemq.artemis.api.core.ActiveMQAddressFullException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approved documents on their way to a real HTTP target (the http connector against a JDK HttpServer that answers
 * as told): an approval survives a broker that refuses the deliver message (the outbox sends it once the broker
 * takes it again, and the document is filed exactly once), and a target that refuses (422) or stays down (503 past
 * the retry budget) puts the document back into the review queue with the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewDeliveryIntegrationTest {

    private static final Path DATA = tempDir();
    private static final Dms DMS = new Dms();

    @LocalServerPort
    int port;

    @Autowired
    ApiClients apiClients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedActiveMQ broker;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("intake.data-dir", DATA::toString);
        registry.add("intake.ocr.workers", () -> "1");
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("intake.teams.default-team", () -> "nord");
        registry.add("intake.routing.default-target", () -> "dms");
        registry.add("intake.delivery.targets.dms.type", () -> "http");
        registry.add("intake.delivery.targets.dms.settings.url", () -> DMS.url());
        registry.add("intake.delivery.targets.dms.settings.state-dir", () -> DATA.resolve("dms-state").toString());
        registry.add("intake.delivery.targets.dms.settings.retry-delay", () -> "PT0.2S");
        registry.add("intake.delivery.retry.initial-delay", () -> "PT0.2S");
        registry.add("intake.delivery.retry.max-delay", () -> "PT0.5S");
        registry.add("intake.delivery.retry.give-up-after", () -> "PT2S");
        registry.add("intake.review.outbox.drain-interval", () -> "PT0.5S");
    }

    @AfterEach
    void targetAcceptsAgain() {
        DMS.status = 201;
    }

    @AfterAll
    static void stopDms() {
        DMS.server.stop(0);
    }

    @Test
    void anApprovalWhoseDeliverMessageTheBrokerRefusesIsFiledOnceTheBrokerTakesItAgain() throws Exception {
        ApiClient api = api();
        JsonNode held = api.uploadAndWait("auszug.txt", ServeModeTestBase.unclearText());
        String docId = held.path("documents").get(0).path("id").asString();
        RefuseDeliverMessages refuse = new RefuseDeliverMessages();
        broker.getActiveMQServer().registerBrokerPlugin(refuse);
        try {
            assertThat(approve(api, docId).statusCode()).as("the decision is committed").isEqualTo(202);
            assertThat(refuse.refused).as("the broker really refused the send").isGreaterThan(0);
            assertThat(outboxRows(docId)).isEqualTo(1);
            Thread.sleep(1500); // three drain intervals, all refused
            assertThat(outboxRows(docId)).isEqualTo(1);
            assertThat(meters.get("intake.review.outbox.pending").gauge().value()).as("visible to monitoring")
                    .isEqualTo(1.0);
            assertThat(DMS.received(docId)).isZero();
            assertThat(task(docId).path("status").asString()).isEqualTo("APPROVED");
        } finally {
            broker.getActiveMQServer().unRegisterBrokerPlugin(refuse);
        }
        api.awaitStatus(held.path("id").asString(), List.of("filed"));
        assertThat(outboxRows(docId)).isZero();
        assertThat(meters.get("intake.review.outbox.pending").gauge().value()).isZero();
        Thread.sleep(1500); // a repeated message would show up by now
        assertThat(DMS.received(docId)).as("filed exactly once").isEqualTo(1);
    }

    @Test
    void aDocumentTheTargetRejectsIsBackInTheReviewQueueAndFiledAfterAnotherApproval() throws Exception {
        ApiClient api = api();
        JsonNode held = api.uploadAndWait("auszug.txt", ServeModeTestBase.unclearText());
        String docId = held.path("documents").get(0).path("id").asString();
        DMS.status = 422;
        assertThat(approve(api, docId).statusCode()).isEqualTo(202);
        await(() -> "OPEN".equals(task(docId).path("status").asString()));
        assertThat(task(docId).path("reasons").toString()).contains("DELIVERY_REJECTED");
        assertThat(task(docId).path("decided_by").isNull()).isTrue();
        assertThat(openReviews(api)).contains(docId);
        assertThat(DMS.received(docId)).isEqualTo(1);

        DMS.status = 201;   // the target was fixed: a person approves again
        assertThat(approve(api, docId).statusCode()).isEqualTo(202);
        api.awaitStatus(held.path("id").asString(), List.of("filed"));
        assertThat(DMS.accepted(docId)).isEqualTo(1);
        assertThat(openReviews(api)).doesNotContain(docId);
    }

    @Test
    void aDocumentWhoseTargetStaysDownIsDeadLetteredIntoTheReviewQueueAndCanBeRejected() throws Exception {
        ApiClient api = api();
        Held held = deadLetteredIntoReview(api);
        String docId = held.docId();
        assertThat(DMS.received(docId)).as("tried until the budget ran out").isGreaterThan(1);
        assertThat(openReviews(api)).contains(docId);

        reject(api, held, "Zielsystem abgeschaltet");
        assertThat(task(docId).path("status").asString()).isEqualTo("REJECTED");
    }

    @Test
    void aDeadLetterReplayedOnceTheTargetIsBackFilesTheDocumentAndClosesItsReviewTask() throws Exception {
        ApiClient api = api();
        Held held = deadLetteredIntoReview(api);
        String docId = held.docId();

        DMS.status = 201;
        JsonNode replay = replay(docId);

        assertThat(replay.path("replayed").asInt()).isEqualTo(1);
        assertThat(replay.path("stale").asInt()).isZero();
        api.awaitStatus(held.inputId(), List.of("filed"));
        assertThat(DMS.accepted(docId)).isEqualTo(1);
        assertThat(task(docId).path("status").asString()).as("no one is asked to decide a filed document")
                .isEqualTo("APPROVED");
        assertThat(task(docId).path("decided_by").asString()).isEqualTo(ReviewHold.REPLAY_ACTOR);
        assertThat(openReviews(api)).doesNotContain(docId);
    }

    @Test
    void aDeadLetterOfADocumentRejectedInReviewIsStaleAndAReplayDoesNotFileIt() throws Exception {
        ApiClient api = api();
        Held held = deadLetteredIntoReview(api);
        String docId = held.docId();
        reject(api, held, "Doppelt eingereicht");

        DMS.status = 201;
        JsonNode replay = replay(docId);

        assertThat(replay.path("replayed").asInt()).isZero();
        assertThat(replay.path("stale").asInt()).isEqualTo(1);
        Thread.sleep(1500); // a delivery would have reached the target by now
        assertThat(DMS.accepted(docId)).as("a rejected document is never filed").isZero();
        assertThat(api.get("/api/v1/documents/" + held.inputId()).body()).contains("rejected");
        assertThat(replay(docId).path("stale").asInt()).as("taken out of the queue").isZero();
    }

    private record Held(String inputId, String docId) {
    }

    /** An unclear upload approved while the target answers 503: dead-lettered, back in review with the reason. */
    private Held deadLetteredIntoReview(ApiClient api) throws Exception {
        JsonNode held = api.uploadAndWait("auszug.txt", ServeModeTestBase.unclearText());
        String docId = held.path("documents").get(0).path("id").asString();
        DMS.status = 503;
        assertThat(approve(api, docId).statusCode()).isEqualTo(202);
        await(() -> "OPEN".equals(task(docId).path("status").asString()));
        assertThat(task(docId).path("reasons").toString()).contains("DELIVERY_FAILED");
        // The review task opens before the broker commits the letter to the dead-letter queue (a crash in between
        // redelivers the deliver message instead of losing it), so the letter can show a moment later.
        ApiClient operator = operator();
        await(() -> listed(operator, docId));
        return new Held(held.path("id").asString(), docId);
    }

    private static void reject(ApiClient api, Held held, String reason) throws Exception {
        var r = api.post("/api/v1/reviews/" + held.docId() + "/reject", "{\"reason\":\"" + reason + "\"}");
        assertThat(r.statusCode()).isBetween(200, 299);
        api.awaitStatus(held.inputId(), List.of("rejected"));
    }

    private JsonNode replay(String docId) throws Exception {
        var r = operator().post("/api/v1/admin/dead-letters/replay?documentId=" + docId, "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return ApiClient.JSON.readTree(r.body());
    }

    private static boolean listed(ApiClient operator, String docId) {
        try {
            return operator.get("/api/v1/admin/dead-letters").body().contains(docId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ApiClient operator() {
        return new ApiClient(port, apiClients.create("op-" + UUID.randomUUID().toString().substring(0, 8), "test", true));
    }

    private ApiClient api() {
        return new ApiClient(port, apiClients.create("t-" + UUID.randomUUID().toString().substring(0, 8), "test"));
    }

    private static java.net.http.HttpResponse<String> approve(ApiClient api, String docId) throws Exception {
        return api.post("/api/v1/reviews/" + docId + "/approve",
                "{\"documentType\":\"KONTOAUSZUG\",\"fields\":{\"bgNumber\":\"07402BG1000001\","
                        + "\"closingBalance\":\"12.34\"}}");
    }

    private String openReviews(ApiClient api) throws Exception {
        return api.get("/api/v1/reviews").body();
    }

    private int outboxRows(String docId) {
        return jdbc.sql("SELECT COUNT(*) FROM delivery_outbox WHERE document_id = ?").param(docId)
                .query(Integer.class).single();
    }

    private JsonNode task(String docId) {
        return jdbc.sql("SELECT status, reasons, decided_by FROM review_task WHERE document_id = ?").param(docId)
                .query((rs, n) -> ApiClient.JSON.createObjectNode().put("status", rs.getString(1))
                        .put("reasons", rs.getString(2)).put("decided_by", rs.getString(3)))
                .single();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not reached in time");
            }
            Thread.sleep(100);
        }
    }

    /** The broker refuses every message sent to the deliver queue, as a full or failing broker would. */
    static final class RefuseDeliverMessages implements ActiveMQServerMessagePlugin {
        volatile int refused;

        @Override
        public void beforeSend(ServerSession session, Transaction tx, Message message, boolean direct,
                               boolean noAutoCreateQueue) throws ActiveMQAddressFullException {
            if (Queues.DELIVER.equals(message.getAddress())) {
                refused++;
                throw new ActiveMQAddressFullException("test: the broker takes no deliver messages");
            }
        }
    }

    /** A DMS answering POSTs with the status the test sets; 201 comes with the new document's id. */
    static final class Dms {
        final HttpServer server;
        final List<String> bodies = new CopyOnWriteArrayList<>();
        final List<String> acceptedBodies = new CopyOnWriteArrayList<>();
        volatile int status = 201;

        Dms() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/documents", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
                int answer = "POST".equals(exchange.getRequestMethod()) ? status : 200;
                if ("POST".equals(exchange.getRequestMethod())) {
                    bodies.add(body);
                    if (answer == 201) {
                        acceptedBodies.add(body);
                    }
                }
                byte[] reply = answer == 201 ? ("{\"id\":\"dms-" + bodies.size() + "\"}").getBytes(
                        StandardCharsets.UTF_8) : new byte[0];
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer, reply.length == 0 ? -1 : reply.length);
                if (reply.length > 0) {
                    exchange.getResponseBody().write(reply);
                }
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/documents";
        }

        long received(String docId) {
            return bodies.stream().filter(b -> b.contains(docId)).count();
        }

        long accepted(String docId) {
            return acceptedBodies.stream().filter(b -> b.contains(docId)).count();
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("intake-review-delivery");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
