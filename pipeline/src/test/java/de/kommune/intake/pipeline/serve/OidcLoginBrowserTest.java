package de.kommune.intake.pipeline.serve;

import de.kommune.intake.oidcprovider.OidcTestProvider;
import de.kommune.intake.pipeline.security.ApiClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OIDC login end to end: the pipeline discovers a real OpenID Connect provider ({@link OidcTestProvider}) at
 * start-up, headless Chromium signs in on the provider's own login page, and roles and team come from the ID
 * token's claims. A caseworker sees only the team's documents; a person without one of our roles gets the no-role
 * page and no review station.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcLoginBrowserTest {

    private static final Path DATA = tempDir();
    private static OidcTestProvider provider;

    @LocalServerPort
    int port;

    @Autowired
    ApiClients apiClients;

    @Autowired
    JdbcClient jdbc;

    private HeadlessChromium chromium;
    private WebDriver browser;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        provider = new OidcTestProvider();
        registry.add("intake.data-dir", DATA::toString);
        registry.add("intake.ocr.workers", () -> "1");
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("intake.teams.default-team", () -> "nord");
        registry.add("intake.teams.case-ranges[0].from", () -> "07402BG5000000");
        registry.add("intake.teams.case-ranges[0].to", () -> "07402BG9999999");
        registry.add("intake.teams.case-ranges[0].team", () -> "sued");
        registry.add("intake.security.oidc.issuer-uri", provider::issuer);
        registry.add("intake.security.oidc.client-id", () -> OidcTestProvider.CLIENT_ID);
        registry.add("intake.security.oidc.client-secret", () -> OidcTestProvider.CLIENT_SECRET);
    }

    @BeforeEach
    void startBrowser() throws Exception {
        OidcTestProvider.redirectUri = "http://127.0.0.1:" + port + "/login/oauth2/code/oidc";
        chromium = new HeadlessChromium();
        browser = chromium.browser;
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aCaseworkerSignedInThroughTheProviderSeesOnlyTheTeamsDocuments() throws Exception {
        ApiClient api = new ApiClient(port, apiClients.create("t-" + UUID.randomUUID().toString().substring(0, 8),
                "test"));
        String suedDoc = ServeModeTestBase.filedDocument(api, ServeModeTestBase.SUED_BG);
        String nordDoc = ServeModeTestBase.filedDocument(api, ServeModeTestBase.NORD_BG);

        signInThroughProvider("anna.sued", "anna-pw");
        WebElement row = chromium.waitFor(By.cssSelector("tr[data-document='" + suedDoc + "']"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/inbox"));
        assertThat(row.getText()).contains(ServeModeTestBase.SUED_BG);
        assertThat(browser.findElements(By.cssSelector("tr[data-document='" + nordDoc + "']"))).isEmpty();
        assertThat(browser.getPageSource()).contains("anna.sued");
        chromium.screenshot("oidc-inbox");

        browser.get(url("/inbox/" + nordDoc + "/document.pdf"));
        assertThat(chromium.waitFor(By.tagName("h1")).getText()).isEqualTo("Kein Zugriff");
        browser.get(url("/review"));
        assertThat(chromium.waitFor(By.tagName("h1")).getText()).as("no back-office role in the token")
                .isEqualTo("Kein Zugriff");
    }

    @Test
    void someoneWithoutOneOfOurRolesLandsOnTheNoRolePage() throws Exception {
        signInThroughProvider("bernd.ohnerolle", "bernd-pw");
        assertThat(chromium.waitFor(By.id("main")).getText()).isEqualTo("Ihrem Konto ist keine Rolle zugewiesen.");
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
        browser.get(url("/inbox"));
        assertThat(chromium.waitFor(By.tagName("h1")).getText()).isEqualTo("Kein Zugriff");
    }

    /** Our login page, its OIDC link, the provider's own form (on another host), and back. */
    private void signInThroughProvider(String user, String password) throws Exception {
        browser.get(url("/login"));
        chromium.waitFor(By.linkText("Mit dem Behördenkonto anmelden")).click();
        chromium.waitFor(By.id("username"));
        assertThat(browser.getCurrentUrl()).startsWith(provider.issuer() + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        chromium.waitFor(By.id("main"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("intake-oidc");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
