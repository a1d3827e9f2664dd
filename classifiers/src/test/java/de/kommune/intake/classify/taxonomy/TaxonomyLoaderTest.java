package de.kommune.intake.classify.taxonomy;

import de.kommune.intake.classify.AnalysisResult;
import de.kommune.intake.classify.AnalyzerSettings;
import de.kommune.intake.classify.DocumentText;
import de.kommune.intake.classify.PageText;
import de.kommune.intake.classify.RuleBasedAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxonomyLoaderTest {

    @Test
    void defaultTaxonomyHasTheContractTypesAndFields() {
        Taxonomy t = Taxonomy.defaults();
        assertThat(t.types()).extracting(TypeDefinition::code).containsExactly("KONTOAUSZUG", "LOHNABRECHNUNG",
                "MIETVERTRAG", "NEBENKOSTENABRECHNUNG", "ENERGIERECHNUNG", "AU_BESCHEINIGUNG", "ARBEITSVERTRAG",
                "KUENDIGUNG", "BESCHEID", "AUSWEIS", "MELDEBESCHEINIGUNG", "SCHULBESCHEINIGUNG",
                "WEITERBEWILLIGUNGSANTRAG", "VERAENDERUNGSMITTEILUNG", "SONSTIGES");
        assertThat(t.type("ENERGIERECHNUNG").keyFields()).containsExactly("supplierName", "supplierCustomerNumber",
                "invoiceDate", "periodFrom", "periodTo", "totalAmount", "monthlyInstallment");
        assertThat(t.commonFields()).containsExactly("bgNumber", "customerNumber", "personName", "documentDate",
                "senderName", "iban");
        assertThat(t.type("AU_BESCHEINIGUNG").sensitivity()).isEqualTo("HEALTH");
        assertThat(t.field("payPeriod").kind()).isEqualTo(FieldKind.MONTH);
    }

    @Test
    void overrideAddsATypeThatTheAnalyzerRecognises(@TempDir Path dir) throws Exception {
        Path override = dir.resolve("office.yml");
        Files.writeString(override, """
                fields:
                  contestedDecisionDate:
                    kind: date
                    labels: [Bescheid vom, gegen den Bescheid vom]
                types:
                  WIDERSPRUCH:
                    name: Widerspruch
                    cues: {Widerspruch: 3, lege ich hiermit Widerspruch ein: 5, fristwahrend: 2}
                    keyFields: [senderName, documentDate, contestedDecisionDate]
                    requiredFields: [contestedDecisionDate]
                """);
        Taxonomy t = Taxonomy.defaultsWith(override);
        assertThat(t.type("WIDERSPRUCH").name()).isEqualTo("Widerspruch");

        AnalysisResult r = new RuleBasedAnalyzer(t, AnalyzerSettings.defaults()).analyze(doc("""
                Tim Test · Domstraße 5 · 50668 Köln
                Jobcenter Köln
                Köln, 02.06.2025
                Widerspruch
                gegen den Bescheid vom 20.05.2025 lege ich hiermit Widerspruch ein.
                Die Begründung reiche ich nach.
                """));
        assertThat(r.documentType()).isEqualTo("WIDERSPRUCH");
        assertThat(r.fields().get("contestedDecisionDate").value()).isEqualTo("2025-05-20");
        assertThat(r.fields().get("senderName").value()).isEqualTo("Tim Test");
    }

    @Test
    void overrideChangesTheBgNumberPattern() {
        Taxonomy t = Taxonomy.defaultsWithYaml("""
                fields:
                  bgNumber:
                    pattern: '(?<![0-9])([0-9]{3})-BG-([0-9]{6})(?![0-9])'
                    format: '$1BG$2'
                """);
        RuleBasedAnalyzer analyzer = new RuleBasedAnalyzer(t, AnalyzerSettings.defaults());
        AnalysisResult r = analyzer.analyze(doc("Veränderungsmitteilung\nBG-Nummer: 123-BG-456789\nJobcenter"));
        assertThat(r.fields().get("bgNumber").value()).isEqualTo("123BG456789");
        AnalysisResult old = analyzer.analyze(doc("Veränderungsmitteilung\nBG-Nummer: 12345BG1234567\nJobcenter"));
        assertThat(old.fields()).doesNotContainKey("bgNumber");
    }

    @Test
    void appendRemoveAndReplace() {
        Taxonomy t = Taxonomy.defaultsWithYaml("""
                fields:
                  tenantName:
                    labels+: [Hauptmieter]
                types:
                  SCHULBESCHEINIGUNG: null
                  KONTOAUSZUG:
                    requiredFields: [iban, closingBalance]
                """);
        assertThat(t.field("tenantName").labels()).extracting(p -> p.source()).contains("Mieter", "Hauptmieter");
        assertThat(t.types()).extracting(TypeDefinition::code).doesNotContain("SCHULBESCHEINIGUNG");
        assertThat(t.type("KONTOAUSZUG").requiredFields()).containsExactly("iban", "closingBalance");
    }

    @Test
    void badConfigurationNamesTheOffendingKey() {
        assertThatThrownBy(() -> Taxonomy.defaultsWithYaml("types:\n  KONTOAUSZUG:\n    cues: {Kontoauszug: viel}\n"))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("types.KONTOAUSZUG.cues.Kontoauszug")
                .hasMessageContaining("must be a number");
        assertThatThrownBy(() -> Taxonomy.defaultsWithYaml("types:\n  KONTOAUSZUG:\n    keyFeilds: [iban]\n"))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("types.KONTOAUSZUG.keyFeilds")
                .hasMessageContaining("unknown key");
        assertThatThrownBy(() -> Taxonomy.defaultsWithYaml("types:\n  KONTOAUSZUG:\n    keyFields: [iban, saldo]\n"))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("types.KONTOAUSZUG.keyFields[1]")
                .hasMessageContaining("unknown field 'saldo'");
        assertThatThrownBy(() -> Taxonomy.defaultsWithYaml("fields:\n  bgNumber:\n    pattern: '([0-9]{5}'\n"))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("fields.bgNumber.pattern")
                .hasMessageContaining("invalid regular expression");
        assertThatThrownBy(() -> Taxonomy.defaultsWithYaml("fields:\n  weeklyHours:\n    kind: decimal\n"))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("fields.weeklyHours.kind");
        assertThatThrownBy(() -> Taxonomy.defaultsWithYaml("classification:\n  fallbackType: UNBEKANNT\n"))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("classification.fallbackType");
        assertThatThrownBy(() -> Taxonomy.defaultsWithYaml("types: [KONTOAUSZUG\n"))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("invalid YAML in override");
    }

    private static DocumentText doc(String text) {
        return new DocumentText(List.of(new PageText(1, text, List.of())), List.of());
    }
}
