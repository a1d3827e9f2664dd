package de.kommune.intake.pipeline.serve;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** People in serve mode: local users, roles on every page, CSRF, API clients by an admin, team-bound inbox. */
class ServeSecurityIntegrationTest extends ServeModeTestBase {

    @Test
    void localUsersLogInAndLandOnTheirStartPage() throws Exception {
        BrowserlessSession backoffice = new BrowserlessSession(port);
        HttpResponse<String> login = backoffice.login("backoffice", "backoffice-demo");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(backoffice.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/review");
        HttpResponse<String> queue = backoffice.get("/review");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Zu prüfende Dokumente").contains("<html lang=\"de\"");

        BrowserlessSession caseworker = new BrowserlessSession(port);
        caseworker.login("caseworker-nord", "caseworker-demo");
        assertThat(caseworker.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/inbox");

        HttpResponse<String> wrong = new BrowserlessSession(port).login("backoffice", "falsch");
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).contains("/login?error");
    }

    @Test
    void rolesAreCheckedOnEveryPage() throws Exception {
        assertThat(new BrowserlessSession(port).get("/review").headers().firstValue("Location").orElseThrow())
                .as("anonymous → login").endsWith("/login");
        BrowserlessSession caseworker = new BrowserlessSession(port);
        caseworker.login("caseworker-nord", "caseworker-demo");
        assertThat(caseworker.get("/review").statusCode()).isEqualTo(403);
        assertThat(caseworker.get("/admin/api-clients").statusCode()).isEqualTo(403);
        assertThat(caseworker.get("/actuator/metrics").statusCode()).isEqualTo(403);
        BrowserlessSession backoffice = new BrowserlessSession(port);
        backoffice.login("backoffice", "backoffice-demo");
        assertThat(backoffice.get("/inbox").statusCode()).isEqualTo(403);
        HttpResponse<String> forbidden = backoffice.get("/admin/api-clients");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Kein Zugriff");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        BrowserlessSession backoffice = new BrowserlessSession(port);
        backoffice.login("backoffice", "backoffice-demo");
        HttpResponse<String> r = backoffice.postForm("/review/some-document/reject", Map.of("reason", "x"));
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void anAdminCreatesAnApiClientAndItsTokenIsShownOnceAndWorks() throws Exception {
        BrowserlessSession admin = new BrowserlessSession(port);
        admin.login("admin", "admin-demo");
        String csrf = BrowserlessSession.csrfFrom(admin.get("/admin/api-clients").body());
        String name = "portal-" + System.nanoTime() % 1_000_000;
        HttpResponse<String> created = admin.postForm("/admin/api-clients", Map.of("name", name, "_csrf", csrf));
        Matcher token = Pattern.compile("<code id=\"token\">([^<]+)</code>").matcher(created.body());
        assertThat(token.find()).as(created.body()).isTrue();

        assertThat(new ApiClient(port, token.group(1)).get("/api/v1/reviews").statusCode()).isEqualTo(200);
        assertThat(admin.get("/admin/api-clients").body()).contains(name).doesNotContain(token.group(1));
        HttpResponse<String> again = admin.postForm("/admin/api-clients", Map.of("name", name, "_csrf", csrf));
        assertThat(again.body()).contains("bereits vergebener Name");
    }

    @Test
    void aCaseworkerSeesAndOpensOnlyTheirTeamsDocuments() throws Exception {
        ApiClient api = apiClient();
        String nordDoc = filedDocument(api, NORD_BG);
        String suedDoc = filedDocument(api, SUED_BG);

        BrowserlessSession nord = new BrowserlessSession(port);
        nord.login("caseworker-nord", "caseworker-demo");
        String inbox = nord.get("/inbox").body();
        assertThat(inbox).contains(nordDoc).contains(NORD_BG).doesNotContain(suedDoc);

        assertThat(nord.getBytes("/inbox/" + suedDoc + "/document.pdf").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> pdf = nord.getBytes("/inbox/" + nordDoc + "/document.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        String csrf = BrowserlessSession.csrfFrom(inbox);
        assertThat(nord.postForm("/inbox/" + suedDoc + "/done", Map.of("_csrf", csrf)).statusCode()).isEqualTo(403);
        assertThat(nord.postForm("/inbox/" + nordDoc + "/done", Map.of("_csrf", csrf)).statusCode()).isEqualTo(302);
        assertThat(nord.get("/inbox").body()).doesNotContain(nordDoc);
        assertThat(nord.get("/inbox?state=done").body()).contains(nordDoc);

        List<String> audit = jdbc.sql("SELECT actor || ':' || action || ':' || document_id FROM audit_log "
                + "WHERE actor = 'caseworker-nord'").query(String.class).list();
        assertThat(audit).contains("caseworker-nord:DOWNLOAD:" + nordDoc, "caseworker-nord:MARK_DONE:" + nordDoc)
                .noneMatch(a -> a.endsWith(suedDoc));
    }
}
