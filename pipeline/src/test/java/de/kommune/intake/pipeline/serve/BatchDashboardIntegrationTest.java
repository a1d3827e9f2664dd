package de.kommune.intake.pipeline.serve;

import de.kommune.intake.pipeline.serve.ApiClient.Part;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.kommune.intake.pipeline.serve.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch dashboard end to end on the real serve application: a multi-file upload with a zero-byte and a damaged
 * file, its progress and outcomes in the API and on the page, the straight-through rate it moves, the re-run of
 * the damaged file and who may do what.
 */
class BatchDashboardIntegrationTest extends ServeModeTestBase {

    @Test
    void aBatchShowsProgressOutcomesReasonsAndItsRejectedInputCanBeRerun() throws Exception {
        ApiClient uploader = apiClient();
        ApiClient operator = new ApiClient(port, apiClients.create("ops-" + UUID.randomUUID().toString()
                .substring(0, 8), "test", true));
        JsonNode stpBefore = JSON.readTree(operator.get("/api/v1/batches").body()).path("straightThrough");
        String label = "Post Montag " + UUID.randomUUID().toString().substring(0, 6);

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("auszug-klar.txt", clearText());
        files.put("auszug-unklar.txt", unclearText());
        files.put("leer.pdf", new byte[0]);
        files.put("abgebrochen.pdf", ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pa" + UUID.randomUUID())
                .getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> posted = uploadBatch(uploader, label, files);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(posted.body());
        String batchId = accepted.path("id").asString();
        assertThat(accepted.path("label").asString()).isEqualTo(label);
        assertThat(accepted.path("inputs")).hasSize(4);
        Map<String, String> ids = new LinkedHashMap<>();
        accepted.path("inputs").forEach(i -> ids.put(i.path("fileName").asString(), i.path("id").asString()));
        assertThat(ids.keySet()).containsExactlyElementsOf(files.keySet());

        // What happened, input by input, as the documents API tells it.
        Map<String, JsonNode> finals = new LinkedHashMap<>();
        for (var e : ids.entrySet()) {
            finals.put(e.getKey(), uploader.awaitStatus(e.getValue(), List.of("filed", "review", "rejected")));
        }
        assertThat(finals.get("leer.pdf").path("rejectReason").asString()).isEqualTo("EMPTY");
        assertThat(finals.get("abgebrochen.pdf").path("rejectReason").asString()).isEqualTo("CORRUPT");
        assertThat(finals.get("auszug-unklar.txt").path("status").asString()).isEqualTo("review");
        int filed = count(finals, "filed");
        int review = count(finals, "review");
        int pages = 0;
        int finishedDocs = 0;
        int straightDocs = 0;
        for (JsonNode input : finals.values()) {
            for (JsonNode doc : input.path("documents")) {
                pages += doc.path("pages").size();
                finishedDocs++;
                boolean reviewed = false;
                for (JsonNode h : doc.path("history")) {
                    reviewed |= h.path("status").asString().equals("REVIEW");
                }
                if (doc.path("status").asString().equals("filed") && !reviewed) {
                    straightDocs++;
                }
            }
        }
        assertThat(straightDocs).as("the clear statement is filed straight through").isEqualTo(1);

        // The operators' API.
        JsonNode detail = JSON.readTree(operator.get("/api/v1/batches/" + batchId).body());
        JsonNode summary = detail.path("batch");
        assertThat(summary.path("total").asInt()).isEqualTo(4);
        assertThat(summary.path("done").asInt()).isEqualTo(4);
        assertThat(summary.path("running").asBoolean()).isFalse();
        assertThat(summary.path("pages").asInt()).isEqualTo(pages).isPositive();
        assertThat(summary.path("pagesPerMinute").asDouble()).isPositive();
        assertThat(summary.path("outcomes").path("filed").asInt()).isEqualTo(filed);
        assertThat(summary.path("outcomes").path("review").asInt()).isEqualTo(review);
        assertThat(summary.path("outcomes").path("rejected").asInt()).isEqualTo(2);
        assertThat(summary.path("outcomes").path("processing").asInt()).isZero();
        assertThat(summary.path("createdBy").asString()).startsWith("api:test-");

        JsonNode stpAfter = JSON.readTree(operator.get("/api/v1/batches").body()).path("straightThrough");
        JsonNode today = stpAfter.path("byDay").get(0);
        JsonNode todayBefore = stpBefore.path("byDay").get(0);
        assertThat(today.path("finished").asInt() - todayBefore.path("finished").asInt()).isEqualTo(finishedDocs);
        assertThat(today.path("straightThrough").asInt() - todayBefore.path("straightThrough").asInt())
                .isEqualTo(straightDocs);
        assertThat(today.path("percent").asInt()).isEqualTo(Math.round(100f
                * today.path("straightThrough").asInt() / today.path("finished").asInt()));
        assertThat(stpAfter.path("byType").toString()).contains("KONTOAUSZUG");

        assertThat(uploader.get("/api/v1/batches").statusCode()).as("not an operator").isEqualTo(403);
        assertThat(uploader.get("/api/v1/batches/" + batchId).statusCode()).isEqualTo(403);

        // The dashboard page for the back office.
        BrowserlessSession backoffice = new BrowserlessSession(port);
        backoffice.login("backoffice", "backoffice-demo");
        HttpResponse<String> list = backoffice.get("/batches");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(label).contains("data-batch=\"" + batchId + "\"")
                .contains("Dunkelverarbeitungsquote").contains("id=\"nav-batches\"");
        HttpResponse<String> page = backoffice.get("/batches/" + batchId);
        assertThat(page.body()).contains("Die Datei ist leer (0 Byte).")
                .contains("Die Datei ist beschädigt und kann nicht gelesen werden.")
                .contains("4 von 4 Dateien fertig")
                .doesNotContain("Kontoauszug Nr.");   // no document content
        String corrupt = ids.get("abgebrochen.pdf");
        String rerunPath = "/batches/" + batchId + "/inputs/" + corrupt + "/rerun";
        assertThat(page.body()).contains("action=\"" + rerunPath + "\"")
                .as("no re-run offered for an empty file")
                .doesNotContain("inputs/" + ids.get("leer.pdf") + "/rerun");

        assertThat(backoffice.postForm(rerunPath, Map.of()).statusCode()).as("without CSRF token").isEqualTo(403);
        HttpResponse<String> rerun = backoffice.postForm(rerunPath,
                Map.of("_csrf", BrowserlessSession.csrfFrom(page.body())));
        assertThat(rerun.statusCode()).isEqualTo(302);
        assertThat(rerun.headers().firstValue("Location").orElseThrow()).endsWith("/batches/" + batchId);
        assertThat(backoffice.get("/batches/" + batchId).body()).contains("als neuer Versuch erneut verarbeitet");

        String newId = jdbc.sql("SELECT rerun_input_id FROM input_rerun WHERE original_input_id = ?")
                .param(corrupt).query(String.class).single();
        JsonNode again = uploader.awaitStatus(newId, List.of("filed", "review", "rejected"));
        assertThat(again.path("rejectReason").asString())
                .as("the same stored original, checked again, not refused as a duplicate of itself")
                .isEqualTo("CORRUPT");
        JsonNode afterRerun = JSON.readTree(operator.get("/api/v1/batches/" + batchId).body());
        assertThat(afterRerun.path("batch").path("total").asInt()).as("the re-run replaces its original")
                .isEqualTo(4);
        assertThat(afterRerun.path("inputs")).hasSize(5);
        assertThat(statusOf(afterRerun, corrupt)).isEqualTo("superseded");
        assertThat(statusOf(afterRerun, newId)).isEqualTo("rejected");
        assertThat(jdbc.sql("SELECT actor || ':' || action FROM audit_log WHERE document_id = ? ORDER BY id")
                .param(corrupt).query(String.class).list()).containsExactly("backoffice:RERUN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE document_id = ? AND actor = 'backoffice' "
                + "AND action = 'VIEW_BATCH'").param(batchId).query(Integer.class).single()).isGreaterThanOrEqualTo(2);

        HttpResponse<String> twice = backoffice.postForm(rerunPath,
                Map.of("_csrf", BrowserlessSession.csrfFrom(backoffice.get("/batches/" + batchId).body())));
        assertThat(backoffice.get(twice.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body()).contains("bereits erneut gestartet");

        // Operators re-run through the API; a filed input is never re-run.
        String filedInput = ids.get("auszug-klar.txt");
        HttpResponse<String> refused = operator.post("/api/v1/batches/" + batchId + "/inputs/" + filedInput
                + "/rerun", "");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).path("refusal").asString()).isEqualTo("NOT_REJECTED");
        HttpResponse<String> empty = operator.post("/api/v1/batches/" + batchId + "/inputs/" + ids.get("leer.pdf")
                + "/rerun", "");
        assertThat(empty.statusCode()).as("0 bytes stay 0 bytes").isEqualTo(409);
        assertThat(JSON.readTree(empty.body()).path("refusal").asString()).isEqualTo("EMPTY");
        HttpResponse<String> viaApi = operator.post("/api/v1/batches/" + batchId + "/inputs/" + newId + "/rerun", "");
        assertThat(viaApi.statusCode()).as(viaApi.body()).isEqualTo(202);
        String third = JSON.readTree(viaApi.body()).path("id").asString();
        assertThat(uploader.awaitStatus(third, List.of("filed", "review", "rejected")).path("rejectReason")
                .asString()).isEqualTo("CORRUPT");
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE document_id = ? AND action = 'RERUN'").param(newId)
                .query(String.class).single()).startsWith("api:ops-");

        // Caseworkers see neither the link nor the pages, and cannot re-run.
        BrowserlessSession caseworker = new BrowserlessSession(port);
        caseworker.login("caseworker-nord", "caseworker-demo");
        HttpResponse<String> inbox = caseworker.get("/inbox");
        assertThat(inbox.body()).doesNotContain("nav-batches");
        assertThat(caseworker.get("/batches").statusCode()).isEqualTo(403);
        assertThat(caseworker.get("/batches/" + batchId).statusCode()).isEqualTo(403);
        assertThat(caseworker.postForm("/batches/" + batchId + "/inputs/" + third + "/rerun",
                Map.of("_csrf", BrowserlessSession.csrfFrom(inbox.body()))).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM input_rerun WHERE original_input_id = ?").param(third)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void singleUploadsNamingTheSameBatchLandInOneBatch() throws Exception {
        ApiClient uploader = apiClient();
        String label = "Antrag " + UUID.randomUUID().toString().substring(0, 6);
        String first = JSON.readTree(uploadNamed(uploader, label, unclearText()).body()).path("batchId").asString();
        String second = JSON.readTree(uploadNamed(uploader, label, unclearText()).body()).path("batchId").asString();
        String other = JSON.readTree(uploadNamed(uploader, label + " b", unclearText()).body()).path("batchId")
                .asString();

        assertThat(first).isNotBlank().isEqualTo(second).isNotEqualTo(other);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM input_record WHERE batch_id = ?").param(first)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(JSON.readTree(uploader.upload("ohne.txt", unclearText()).body()).path("batchId").isNull())
                .isTrue();
    }

    private static int count(Map<String, JsonNode> finals, String status) {
        return (int) finals.values().stream().filter(s -> s.path("status").asString().equals(status)).count();
    }

    private static String statusOf(JsonNode detail, String inputId) {
        for (JsonNode i : detail.path("inputs")) {
            if (i.path("id").asString().equals(inputId)) {
                return i.path("status").asString();
            }
        }
        throw new AssertionError("no input " + inputId);
    }

    /** A bank statement with its closing balance: nothing missing, so it is filed without review. */
    static byte[] clearText() {
        return ("Kontoauszug Nr. 4\nBuchungstag Wertstellung Verwendungszweck Umsätze\n"
                + "Neuer Kontostand 1.234,56 EUR\nVermerk " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static HttpResponse<String> uploadBatch(ApiClient api, String label, Map<String, byte[]> files) throws Exception {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("label", null, label.getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, content) -> parts.add(new Part("files", name, content)));
        return api.multipart("/api/v1/batches", parts);
    }

    private HttpResponse<String> uploadNamed(ApiClient api, String label, byte[] content) throws Exception {
        HttpResponse<String> r = api.multipart("/api/v1/documents", List.of(new Part("file", "seite.txt", content),
                new Part("batch", null, label.getBytes(StandardCharsets.UTF_8))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return r;
    }
}
