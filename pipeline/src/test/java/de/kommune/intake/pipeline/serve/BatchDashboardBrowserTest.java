package de.kommune.intake.pipeline.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.kommune.intake.pipeline.serve.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch dashboard in headless Debian Chromium: the back office opens it from the navigation, sees a batch with
 * its rejected files and their reasons, and re-runs the damaged one with the keyboard. Screenshots: see
 * {@link HeadlessChromium}.
 */
class BatchDashboardBrowserTest extends ServeModeTestBase {

    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        chromium = new HeadlessChromium();
        browser = chromium.browser;
        browser.manage().window().setSize(new Dimension(1440, 1000));
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void backOfficeSeesTheBatchAndItsRejectedFileAndRerunsIt() throws Exception {
        ApiClient api = apiClient();
        String label = "Scanner 2 – Post " + UUID.randomUUID().toString().substring(0, 4);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("kontoauszug.txt", BatchDashboardIntegrationTest.clearText());
        files.put("kontoauszug-2.txt", unclearText());
        files.put("leer.pdf", new byte[0]);
        files.put("unterbrochen.pdf", ("%PDF-1.7\n1 0 obj\n<< /Ty" + UUID.randomUUID())
                .getBytes(StandardCharsets.US_ASCII));
        JsonNode batch = JSON.readTree(BatchDashboardIntegrationTest.uploadBatch(api, label, files).body());
        String batchId = batch.path("id").asString();
        String damaged = null;
        for (JsonNode input : batch.path("inputs")) {
            api.awaitStatus(input.path("id").asString(), List.of("filed", "review", "rejected"));
            if (input.path("fileName").asString().equals("unterbrochen.pdf")) {
                damaged = input.path("id").asString();
            }
        }

        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("backoffice");
        browser.findElement(By.id("password")).sendKeys("backoffice-demo");
        browser.findElement(By.id("login")).click();
        waitFor(By.id("nav-batches")).click();

        WebElement row = waitFor(By.cssSelector("tr[data-batch='" + batchId + "']"));
        assertThat(row.getText()).contains(label).contains("4 von 4 Dateien fertig").contains("fertig");
        assertThat(row.findElement(By.cssSelector(".rejected")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("stp-heading")).getText()).isEqualTo("Dunkelverarbeitungsquote");
        assertThat(browser.findElements(By.cssSelector("#stp-by-day tbody tr"))).hasSize(14);
        screenshot("batch-dashboard");

        row.findElement(By.cssSelector("a.open-batch")).click();
        WebElement rejected = waitFor(By.cssSelector("#rejected tr[data-input='" + damaged + "']"));
        assertThat(rejected.findElement(By.cssSelector(".reason-text")).getText())
                .isEqualTo("Die Datei ist beschädigt und kann nicht gelesen werden.");
        assertThat(browser.findElement(By.id("rejected")).getText()).contains("Die Datei ist leer (0 Byte).")
                .contains("Bitte die Datei neu einliefern.");
        screenshot("batch-detail");

        WebElement rerun = rejected.findElement(By.cssSelector("button.rerun"));
        assertThat(rerun.getAttribute("aria-label")).isEqualTo("Erneut verarbeiten: unterbrochen.pdf");
        rerun.sendKeys(Keys.ENTER);   // keyboard, as a person without a mouse does it
        assertThat(waitFor(By.cssSelector(".notice")).getText())
                .isEqualTo("Die Datei wird als neuer Versuch erneut verarbeitet.");
        assertThat(browser.findElement(By.cssSelector("#rejected tr[data-input='" + damaged + "'] .rerun-done"))
                .getText()).startsWith("Erneut gestartet");
        assertThat(browser.findElement(By.cssSelector("#inputs")).getText()).contains("(neuer Versuch)");
        assertThat(jdbc.sql("SELECT requested_by FROM input_rerun WHERE original_input_id = ?").param(damaged)
                .query(String.class).single()).isEqualTo("backoffice");
    }

    private WebElement waitFor(By what) {
        return chromium.waitFor(what);
    }

    private void screenshot(String name) throws Exception {
        chromium.screenshot(name);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
