package de.kommune.intake.pipeline.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review station and the inbox in headless Debian Chromium: log in, review and approve a held document until
 * the filesystem connector has filed it, and a caseworker denied another team's document. Saves screenshots of
 * the main screens to target/screenshots/ (see {@link HeadlessChromium} for refreshing docs/screenshots/).
 */
class ReviewStationBrowserTest extends ServeModeTestBase {

    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        chromium = new HeadlessChromium();
        browser = chromium.browser;
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void backOfficeReviewsApprovesAndTheDocumentIsFiled() throws Exception {
        ApiClient api = apiClient();
        String docId = api.uploadAndWait("auszug.pdf", textPdf()).path("documents").get(0).path("id").asString();

        browser.get(url("/login"));
        screenshot("login");
        login("backoffice", "backoffice-demo");
        WebElement row = waitFor(By.cssSelector("tr[data-document='" + docId + "']"));
        assertThat(row.getText()).contains("Pflichtfeld fehlt");
        screenshot("review-queue");

        row.findElement(By.cssSelector("a.open-task")).click();
        waitFor(By.id("approve-form"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dokument prüfen");
        assertThat(browser.findElement(By.cssSelector(".page-text")).getAttribute("textContent"))
                .contains("Kontoauszug");
        Object imageWidth = ((JavascriptExecutor) browser).executeScript(
                "var i = document.querySelector('.page-image'); return i.complete ? i.naturalWidth : -1;");
        assertThat(((Number) imageWidth).intValue()).as("page image rendered from the PDF").isGreaterThan(500);
        browser.findElement(By.cssSelector(".rotate")).click();
        assertThat(browser.findElement(By.cssSelector(".page-image")).getAttribute("style")).contains("rotate(90deg)");
        browser.findElement(By.cssSelector(".rotate")).click();
        browser.findElement(By.cssSelector(".rotate")).click();
        browser.findElement(By.cssSelector(".rotate")).click();

        WebElement iban = browser.findElement(By.id("f_iban"));
        WebElement ibanHint = browser.findElement(By.id("h_iban"));
        iban.sendKeys("DE89 3704 0044 0532 0130 01");
        assertThat(ibanHint.getAttribute("class")).contains("bad");
        assertThat(iban.getAttribute("aria-invalid")).isEqualTo("true");
        iban.clear();
        iban.sendKeys("DE89 3704 0044 0532 0130 00");
        assertThat(ibanHint.getAttribute("class")).contains("good");
        assertThat(ibanHint.getText()).isEqualTo("Prüfziffer stimmt.");

        WebElement bg = browser.findElement(By.id("f_bgNumber"));
        bg.clear();
        bg.sendKeys(SUED_BG);
        WebElement balance = browser.findElement(By.id("f_closingBalance"));
        balance.clear();
        balance.sendKeys("12.34");
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
        screenshot("review-document");

        browser.findElement(By.tagName("h1")).click();   // leave the inputs so the shortcut applies
        browser.findElement(By.tagName("body")).sendKeys("a");
        waitFor(By.cssSelector(".notice"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("freigegeben");

        Path filed = DATA.resolve("filed").resolve(docId + ".json");
        Instant deadline = Instant.now().plusSeconds(60);
        while (!Files.exists(filed) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(filed).as("delivered by the filesystem connector").exists();
        assertThat(Files.readString(filed)).contains(SUED_BG).contains("DE89370400440532013000");
    }

    @Test
    void aCaseworkerSeesTheTeamInboxAndIsDeniedAnotherTeamsDocument() throws Exception {
        ApiClient api = apiClient();
        String suedDoc = filedDocument(api, SUED_BG);
        String nordDoc = filedDocument(api, NORD_BG);

        browser.get(url("/login"));
        login("caseworker-sued", "caseworker-demo");
        WebElement row = waitFor(By.cssSelector("tr[data-document='" + suedDoc + "']"));
        assertThat(row.getText()).contains(SUED_BG);
        assertThat(browser.findElements(By.cssSelector("tr[data-document='" + nordDoc + "']"))).isEmpty();
        screenshot("inbox");

        browser.get(url("/inbox/" + nordDoc + "/document.pdf"));
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Kein Zugriff");
    }

    /** A born-digital bank statement without its closing balance (so it is held), unique per call. */
    private static byte[] textPdf() throws Exception {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.setLeading(18);
                text.newLineAtOffset(60, 760);
                for (String line : new String(unclearText(), StandardCharsets.UTF_8).split("\n")) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private void login(String user, String password) {
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
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
