package de.kommune.intake.connector.cmis;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.InvalidSettingsException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CmisSettingsParserTest {

    private static CmisSettings parse(Map<String, String> values, Map<String, String> environment) {
        List<String> problems = new ArrayList<>();
        Optional<CmisSettings> parsed = new CmisSettingsParser(environment::get, CmisSettingsParser::onClassPath)
                .parse(ConnectorSettings.of("akte", values), problems);
        assertThat(problems).isEmpty();
        return parsed.orElseThrow();
    }

    @Test
    void defaultsForEverythingButTheUrl() {
        CmisSettings s = parse(Map.of("url", "https://dms.example/cmis/browser"), Map.of());
        assertThat(s.binding()).isEqualTo(CmisBinding.BROWSER);
        assertThat(s.repositoryId()).isEmpty();
        assertThat(s.objectTypeFor("KONTOAUSZUG")).isEqualTo("cmis:document");
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.checkTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void readsThePasswordFromTheNamedVariableAndNeverPrintsIt() {
        CmisSettings s = parse(Map.of("url", "https://dms.example/cmis/atom11", "binding", "atompub",
                "user", "intake", "password-env", "DMS_PASSWORD",
                "type-mapping.KONTOAUSZUG", "jc:kontoauszug", "property-mapping.iban", "jc:iban",
                "attribute-mapping.case-key", "jc:bgNummer"), Map.of("DMS_PASSWORD", "geheim-123"));
        assertThat(s.password()).contains("geheim-123");
        assertThat(s.toString()).doesNotContain("geheim-123");
        assertThat(s.objectTypeFor("KONTOAUSZUG")).isEqualTo("jc:kontoauszug");
        assertThat(s.objectTypeFor("MIETVERTRAG")).isEqualTo("cmis:document");
        assertThat(s.propertyFor("iban")).contains("jc:iban");
        assertThat(s.attributeMapping()).containsEntry(DocumentAttribute.CASE_KEY, "jc:bgNummer");
    }

    @Test
    void listsEveryProblemAtOnceWithoutEchoingThePassword() {
        Map<String, String> bad = Map.of("url", "dms.example", "binding", "soap", "password", "geheim-123",
                "password-env", "X", "connect-timeout", "-PT1S", "read-timeout", "zwei Minuten",
                "type-mapping.", "x", "property-mapping.iban", " ", "folder-template", "/a/{nope}", "usr", "me");
        assertThatThrownBy(() -> new CmisConnectorProvider(Map.<String, String>of()::get)
                .create(ConnectorSettings.of("akte-nord", bad)))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
                    assertThat(e.getMessage()).contains("akte-nord").doesNotContain("geheim-123");
                    assertThat(e.problems()).hasSize(9);
                });
    }

    @Test
    void matchesTypesAndFieldsIgnoringCaseAsSpringBootLowerCasesMapKeys() {
        CmisSettings s = parse(Map.of("url", "https://dms.example/cmis/browser",
                "type-mapping.kontoauszug", "jc:Kontoauszug", "property-mapping.closingbalance", "jc:endSaldo"),
                Map.of());
        assertThat(s.objectTypeFor("KONTOAUSZUG")).isEqualTo("jc:Kontoauszug");
        assertThat(s.propertyFor("closingBalance")).contains("jc:endSaldo");
        assertThat(s.propertyFor("openingBalance")).isEmpty();
    }

    @Test
    void atomPubWithoutWoodstoxIsASettingsProblemAndBrowserNeedsNone() {
        CmisSettingsParser withoutWoodstox = new CmisSettingsParser(name -> null,
                className -> !className.equals(CmisSettingsParser.WOODSTOX_CLASS));
        List<String> problems = new ArrayList<>();
        withoutWoodstox.parse(ConnectorSettings.of("akte", Map.of("url", "http://127.0.0.1:1/atom11",
                "binding", "atompub")), problems);
        assertThat(problems).singleElement().asString().contains("woodstox-core", "binding: browser");

        problems.clear();
        assertThat(withoutWoodstox.parse(ConnectorSettings.of("akte", Map.of("url", "http://127.0.0.1:1/browser")),
                problems)).isPresent();
        assertThat(CmisSettingsParser.onClassPath(CmisSettingsParser.WOODSTOX_CLASS)).as("in this module's tests")
                .isTrue();
    }

    @Test
    void aMissingPasswordVariableIsASettingsProblem() {
        List<String> problems = new ArrayList<>();
        new CmisSettingsParser(name -> null, CmisSettingsParser::onClassPath).parse(ConnectorSettings.of("akte",
                Map.of("url", "http://127.0.0.1:1/cmis", "password-env", "DMS_PASSWORD")), problems);
        assertThat(problems).singleElement().asString().contains("DMS_PASSWORD", "not set");
    }
}
