package de.kommune.intake.pipeline.serve;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static de.kommune.intake.pipeline.serve.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/** The API in serve mode against the real embedded PostgreSQL: tokens, review hold, decisions, limits, OpenAPI. */
class ServeApiIntegrationTest extends ServeModeTestBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = apiClient();
    }

    @Test
    void everyApiCallNeedsAValidBearerToken() throws Exception {
        HttpResponse<String> none = api.upload("a.txt", unclearText(), null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(none.body()).path("detail").asString()).contains("Bearer");

        assertThat(api.upload("a.txt", unclearText(), "itk_not-a-token").statusCode()).isEqualTo(401);
        HttpResponse<String> reviews = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/reviews")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reviews.statusCode()).isEqualTo(401);

        String name = "revoked-" + System.nanoTime() % 100000;
        ApiClient revoked = new ApiClient(port, apiClients.create(name, "test"));
        assertThat(revoked.get("/api/v1/reviews").statusCode()).isEqualTo(200);
        apiClients.revoke(name);
        assertThat(revoked.get("/api/v1/reviews").statusCode()).as("revoked token").isEqualTo(401);
        assertThat(jdbc.sql("SELECT token_hash FROM api_client WHERE name = ?").param(name).query(String.class)
                .single()).as("only a hash is stored").hasSize(64).doesNotContain("itk_");
    }

    @Test
    void onlyOperatorClientsReachTheOperationsApi() throws Exception {
        HttpResponse<String> ordinary = api.get("/api/v1/admin/dead-letters");
        assertThat(ordinary.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(ordinary.body()).path("status").asInt()).isEqualTo(403);

        ApiClient operator = new ApiClient(port, apiClients.create("ops-" + System.nanoTime() % 100000, "test", true));
        HttpResponse<String> listed = operator.get("/api/v1/admin/dead-letters");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(JSON.readTree(listed.body()).isArray()).isTrue();
    }

    @Test
    void documentNeedingReviewIsHeldThenApprovedWithCorrectionsAndFiled() throws Exception {
        JsonNode held = api.uploadAndWait("notiz.txt", unclearText());
        assertThat(held.path("status").asString()).isEqualTo("review");
        String docId = held.path("documents").get(0).path("id").asString();
        assertThat(held.path("documents").get(0).path("status").asString()).isEqualTo("review");
        assertThat(DATA.resolve("filed").resolve(docId + ".json")).as("held, not delivered").doesNotExist();

        JsonNode queue = JSON.readTree(api.get("/api/v1/reviews").body());
        JsonNode task = queue.valueStream().filter(t -> t.path("documentId").asString().equals(docId)).findFirst()
                .orElseThrow();
        assertThat(task.path("reasons").size()).isPositive();
        assertThat(task.path("team").asString()).isEqualTo("nord");
        String originalType = task.path("documentType").asString();
        assertThat(JSON.readTree(api.get("/api/v1/reviews/" + docId).body()).path("status").asString())
                .isEqualTo("open");

        HttpResponse<String> approved = api.post("/api/v1/reviews/" + docId + "/approve",
                "{\"documentType\":\"VERAENDERUNGSMITTEILUNG\",\"fields\":{\"bgNumber\":\"" + SUED_BG + "\"}}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(202);
        assertThat(JSON.readTree(approved.body()).path("caseKey").asString()).isEqualTo(SUED_BG);

        JsonNode filed = api.awaitStatus(held.path("id").asString(), List.of("filed"));
        JsonNode doc = filed.path("documents").get(0);
        assertThat(doc.path("status").asString()).isEqualTo("filed");
        assertThat(doc.path("documentType").asString()).isEqualTo("VERAENDERUNGSMITTEILUNG");
        assertThat(doc.path("history").valueStream().map(h -> h.path("status").asString()).toList())
                .containsSubsequence("REVIEW", "PROCESSING", "FILED");
        JsonNode index = JSON.readTree(Files.readString(DATA.resolve("filed").resolve(docId + ".json")));
        assertThat(index.path("documentType").asString()).isEqualTo("VERAENDERUNGSMITTEILUNG");
        assertThat(index.toString()).contains(SUED_BG);

        JsonNode correction = JSON.readTree(Files.readString(DATA.resolve("corrections").resolve(docId + ".json")));
        assertThat(correction.path("originalType").asString()).isEqualTo(originalType);
        assertThat(correction.path("correctedType").asString()).isEqualTo("VERAENDERUNGSMITTEILUNG");
        assertThat(correction.path("correctedFields").path("bgNumber").asString()).isEqualTo(SUED_BG);
        assertThat(correction.path("pageTextKeys").size()).isPositive();

        assertThat(jdbc.sql("SELECT team FROM routed_document WHERE document_id = ?").param(docId)
                .query(String.class).single()).isEqualTo("sued");
        List<String> audit = jdbc.sql("SELECT actor || ':' || action FROM audit_log WHERE document_id = ? ORDER BY id")
                .param(docId).query(String.class).list();
        assertThat(audit).anyMatch(a -> a.startsWith("api:test-") && a.endsWith(":VIEW"))
                .anyMatch(a -> a.endsWith(":APPROVE"));

        HttpResponse<String> again = api.post("/api/v1/reviews/" + docId + "/approve",
                "{\"documentType\":\"SONSTIGES\"}");
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void rejectionNeedsAReasonAndEndsRejected() throws Exception {
        JsonNode held = api.uploadAndWait("notiz.txt", unclearText());
        String docId = held.path("documents").get(0).path("id").asString();

        HttpResponse<String> noReason = api.post("/api/v1/reviews/" + docId + "/reject", "{\"reason\":\" \"}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        HttpResponse<String> badType = api.post("/api/v1/reviews/" + docId + "/approve",
                "{\"documentType\":\"NO_SUCH_TYPE\"}");
        assertThat(badType.statusCode()).isEqualTo(422);
        HttpResponse<String> badIban = api.post("/api/v1/reviews/" + docId + "/approve",
                "{\"documentType\":\"KONTOAUSZUG\",\"fields\":{\"iban\":\"DE89 3704 0044 0532 0130 01\"}}");
        assertThat(badIban.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(badIban.body()).path("detail").asString()).contains("iban");

        HttpResponse<String> rejected = api.post("/api/v1/reviews/" + docId + "/reject",
                "{\"reason\":\"Unleserlich, Bürger wird angeschrieben\"}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);

        JsonNode status = api.awaitStatus(held.path("id").asString(), List.of("rejected"));
        assertThat(status.path("rejectReason").asString()).isEqualTo("REVIEW_REJECTED");
        assertThat(status.path("documents").get(0).path("status").asString()).isEqualTo("rejected");
        assertThat(jdbc.sql("SELECT reject_reason FROM review_task WHERE document_id = ?").param(docId)
                .query(String.class).single()).isEqualTo("Unleserlich, Bürger wird angeschrieben");
        assertThat(DATA.resolve("filed").resolve(docId + ".json")).doesNotExist();
        assertThat(api.get("/api/v1/reviews/no-such-document").statusCode()).isEqualTo(404);
    }

    @Test
    void uploadsOverTheLimitGetAJsonProblem() throws Exception {
        HttpResponse<String> r = api.upload("gross.pdf", new byte[2_500_000]);
        assertThat(r.statusCode()).isEqualTo(413);
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("detail").asString()).contains("size limit");
    }

    @Test
    void openApiDescriptionIsPublicAndEveryDocumentedOperationExists() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/openapi.yaml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Object> spec = new Yaml().load(r.body());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        assertThat(paths).hasSizeGreaterThanOrEqualTo(6);

        List<String> mapped = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : methods) {
                    mapped.add(m.name() + " " + normalise(pattern));
                }
            }
        }
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (String method : path.getValue().keySet()) {
                assertThat(mapped).as("documented operation is served")
                        .contains(method.toUpperCase(Locale.ROOT) + " " + normalise(path.getKey()));
            }
        }
        List<String> apiOperations = mapped.stream().filter(m -> m.contains(" /api/")).toList();
        assertThat(apiOperations).as("every API operation is documented").allSatisfy(op -> {
            String[] parts = op.split(" ", 2);
            assertThat(paths.keySet().stream().map(ServeApiIntegrationTest::normalise)).contains(parts[1]);
        });
    }

    /** {id:[A-Za-z0-9-]+} and {documentId} both become {}. */
    private static String normalise(String pattern) {
        return pattern.replaceAll("\\{[^/]*\\}", "{}");
    }

}
