package de.kommune.intake.connector.cmis;

import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.tck.SampleDocuments;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FolderTemplateTest {

    private final SampleDocuments samples = new SampleDocuments();

    private static FolderTemplate template(String template) {
        List<String> problems = new ArrayList<>();
        FolderTemplate t = FolderTemplate.parse(template, "ohne-Akte", problems).orElse(null);
        assertThat(problems).isEmpty();
        return t;
    }

    @Test
    void fillsEveryPlaceholder() {
        // 2025-12-31T23:30Z is already January in German time.
        FiledDocument doc = samples.builder().caseKey("12345BG0012345").documentType("KONTOAUSZUG")
                .target("leistung").receivedAt(Instant.parse("2025-12-31T23:30:00Z")).build();
        assertThat(template("/Jobcenter/{target}/{year}-{month}/{caseKey}/{documentType}").folderFor(doc))
                .isEqualTo("/Jobcenter/leistung/2026-01/12345BG0012345/KONTOAUSZUG");
    }

    @Test
    void usesTheFallbackFolderWithoutCaseKey() {
        FiledDocument doc = samples.builder().caseKey(null).build();
        assertThat(template("/Jobcenter/{caseKey}").folderFor(doc)).isEqualTo("/Jobcenter/ohne-Akte");
        assertThat(template("/Jobcenter//{caseKey}/").folderFor(samples.builder().caseKey(" ").build()))
                .isEqualTo("/Jobcenter/ohne-Akte");
    }

    @Test
    void valuesCannotAddLevels() {
        FiledDocument doc = samples.builder().caseKey("../../Personal").documentType("A/B").build();
        assertThat(template("/Jobcenter/{caseKey}/{documentType}").folderFor(doc))
                .isEqualTo("/Jobcenter/%2E.%2F..%2FPersonal/A%2FB");
    }

    @Test
    void reportsEveryProblemOfABadTemplate() {
        List<String> problems = new ArrayList<>();
        assertThat(FolderTemplate.parse("Jobcenter/{bg}/../{caseKey", "a/b", problems)).isEmpty();
        assertThat(problems).hasSize(5).anySatisfy(p -> assertThat(p).contains("absolute"))
                .anySatisfy(p -> assertThat(p).contains("{bg}"))
                .anySatisfy(p -> assertThat(p).contains("'..'"))
                .anySatisfy(p -> assertThat(p).contains("unbalanced"))
                .anySatisfy(p -> assertThat(p).contains("no-case-folder"));
    }

    @Test
    void aTemplateWithoutSegmentsFilesIntoTheRootFolder() {
        assertThat(template("/").folderFor(samples.kontoauszug())).isEqualTo("/");
    }
}
