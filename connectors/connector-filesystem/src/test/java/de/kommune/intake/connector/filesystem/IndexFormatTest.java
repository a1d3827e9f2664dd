package de.kommune.intake.connector.filesystem;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DeliveryResult;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.FieldValue;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.spi.InvalidSettingsException;
import de.kommune.intake.connector.tck.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each index format writes for awkward values, and which settings are refused. */
class IndexFormatTest {

    /** Markup characters, quotes, a delimiter, a line break, a tab and a control character from a bad OCR read. */
    private static final String AWKWARD = "Müller & \"Söhne\" <GbR>, 'Ost';\r\nZeile 2\tTab\u0007";

    @TempDir
    Path out;

    private final SampleDocuments samples = new SampleDocuments();

    @Test
    void xmlEscapesMarkupAndKeepsEveryValueReadable() throws Exception {
        byte[] index = deliverAndRead(Map.of("index-format", "xml"), awkwardDocument(), ".xml");

        Element root = IndexFiles.xml(index).getDocumentElement();
        Element field = (Element) root.getElementsByTagName("field").item(0); // sorted by code
        assertThat(field.getAttribute("code")).isEqualTo("landlordName");
        // The parser normalises CRLF to LF; the bell character cannot exist in XML 1.0 and becomes U+FFFD.
        assertThat(field.getTextContent()).isEqualTo("Müller & \"Söhne\" <GbR>, 'Ost';\nZeile 2\tTab\uFFFD");
        assertThat(root.getElementsByTagName("caseKey").item(0).getTextContent()).isEqualTo("12345BG0012345");
        assertThat(((Element) root.getElementsByTagName("source").item(0)).getAttribute("fileName"))
                .isEqualTo("Posteingang/Größe/a&b.pdf");
        assertThat(((Element) root.getElementsByTagName("review").item(0)).getAttribute("required")).isEqualTo("true");
    }

    @Test
    void csvIsOneQuotedRecordUnderAHeaderInUtf8() throws Exception {
        byte[] index = deliverAndRead(Map.of("index-format", "csv", "csv-delimiter", ";"), awkwardDocument(), ".csv");

        String text = new String(index, StandardCharsets.UTF_8);
        assertThat(index[0]).as("no BOM").isEqualTo((byte) 'i');
        List<List<String>> records = IndexFiles.csv(text, ';');
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).startsWith("id", "documentType", "caseKey")
                .endsWith("field.landlordName", "field.rentStart"); // sorted by code
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < records.get(0).size(); i++) {
            row.put(records.get(0).get(i), records.get(1).get(i));
        }
        assertThat(row.get("field.landlordName")).isEqualTo(AWKWARD);
        assertThat(row.get("reviewReasons")).isEqualTo("LOW_TYPE_CONFIDENCE|INVALID_IBAN");
        assertThat(row.get("pdfFileName")).isEqualTo(row.get("id") + ".pdf");
        assertThat(text).contains("\"Müller & \"\"Söhne\"\" <GbR>, 'Ost';\r\nZeile 2\tTab\u0007\"");
    }

    @Test
    void d3TemplateWritesOneLinePerAttributeWithGermanDates() throws Exception {
        FiledDocument doc = awkwardDocument();
        byte[] index = deliverAndRead(template("classpath:intake-templates/d3-hostimport.jpl.mustache"), doc, ".jpl");

        Map<String, String> jpl = IndexFiles.jpl(new String(index, StandardCharsets.UTF_8));
        assertThat(jpl).containsEntry("dokuart", "JCEIN").containsEntry("dok_dat_feld[1]", "12345BG0012345")
                .containsEntry("dok_dat_feld[3]", doc.id()).containsEntry("dok_dat_feld[6]", "ja")
                .containsEntry("dok_dat_feld[7]", "LOW_TYPE_CONFIDENCE, INVALID_IBAN")
                // 23:30 UTC on 28 Feb is already 1 March in Germany.
                .containsEntry("dok_dat_feld[50]", "01.03.2025")
                .containsEntry("dok_dat_feld[57]", "01.04.2025")
                // Quotes become single quotes, line breaks and control characters spaces: the line stays intact.
                .containsEntry("dok_dat_feld[14]", "Müller & 'Söhne' <GbR>, 'Ost';  Zeile 2 Tab ");
        assertThat(jpl).doesNotContainKey("dok_dat_feld[10]"); // no IBAN in this document: no line, not an empty one
    }

    @Test
    void enaioTemplateEscapesXmlAndListsEveryField() throws Exception {
        byte[] index = deliverAndRead(template("classpath:intake-templates/enaio-import.xml.mustache"),
                awkwardDocument(), ".xml");

        Element root = IndexFiles.xml(index).getDocumentElement();
        Map<String, String> fields = new LinkedHashMap<>();
        var nodes = root.getElementsByTagName("field");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element f = (Element) nodes.item(i);
            fields.put(f.getAttribute("internal"), f.getTextContent());
        }
        assertThat(fields).containsEntry("landlordName", "Müller & \"Söhne\" <GbR>, 'Ost';\nZeile 2\tTab\uFFFD")
                .containsEntry("rentStart", "01.04.2025").containsEntry("eingangsdatum", "01.03.2025")
                .containsEntry("pruefen", "1").containsEntry("quelldatei", "Posteingang/Größe/a&b.pdf");
        assertThat(root.getElementsByTagName("file").item(0).getTextContent()).endsWith(".pdf");
    }

    @Test
    void templateFromAFileWithAnExplicitExtensionAndEscaping() throws Exception {
        Path file = Files.writeString(out.resolve("vendor.mustache"),
                "ID={{id}}\nTYP={{documentType}}\n{{#fields}}{{code}}={{value}}\n{{/fields}}");
        Map<String, String> settings = new HashMap<>(template(file.toString()));
        settings.put("index-extension", "idx");
        settings.put("template-escaping", "none");
        FiledDocument doc = samples.kontoauszug();

        byte[] index = deliverAndRead(settings, doc, ".idx");

        assertThat(new String(index, StandardCharsets.UTF_8)).startsWith("ID=" + doc.id() + "\nTYP=KONTOAUSZUG\n")
                .contains("iban=DE89370400440532013000\n", "periodFrom=2025-02-01\n");
    }

    @Test
    void aCharacterTheCharsetLacksIsRejectedAndNothingIsWritten() throws Exception {
        Map<String, String> settings = new HashMap<>(template("classpath:intake-templates/d3-hostimport.jpl.mustache"));
        settings.put("index-charset", "ISO-8859-1");
        DmsConnector connector = connector(settings);

        DeliveryResult result = connector.deliver(samples.withUmlauts()); // € is not in ISO-8859-1

        assertThat(result).isInstanceOf(DeliveryResult.Rejected.class);
        assertThat(((DeliveryResult.Rejected) result).reason()).contains("ISO-8859-1").doesNotContain("Söhne");
        assertThat(out.resolve("filed")).doesNotExist();
        assertThat(connector.deliver(samples.kontoauszug())).isInstanceOf(DeliveryResult.Delivered.class);
    }

    @Test
    void jsonStaysTheContractsIndexRecord() throws Exception {
        FiledDocument doc = samples.kontoauszug();
        assertThat(deliverAndRead(Map.of("index-format", "json"), doc, ".json"))
                .isEqualTo(doc.indexRecordJson().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everySettingsProblemIsListedAtOnce() {
        Map<String, String> bad = Map.of("directory", out.toString(), "index-format", "yaml",
                "template", "classpath:nope.mustache", "csv-delimiter", "x");
        assertThatThrownBy(() -> connector(bad)).isInstanceOf(InvalidSettingsException.class)
                .satisfies(e -> assertThat(((InvalidSettingsException) e).problems()).hasSize(3))
                .hasMessageContaining("'index-format' must be json, xml, csv or template, was 'yaml'")
                .hasMessageContaining("'template' only applies to index-format: template")
                .hasMessageContaining("'csv-delimiter' only applies to index-format: csv");
    }

    @Test
    void templateProblemsAreFoundAtCreate() throws Exception {
        Path broken = Files.writeString(out.resolve("broken.xml.mustache"), "<a>{{#fields}}{{value}}</a>");
        Path typo = Files.writeString(out.resolve("typo.xml.mustache"), "<a>{{documntType}}</a>");
        Path typoInField = Files.writeString(out.resolve("typo2.xml.mustache"),
                "<a>{{#field.iban}}{{valeu}}{{/field.iban}}</a>");
        Path noExtension = Files.writeString(out.resolve("vendor"), "{{id}}");
        Path idx = Files.writeString(out.resolve("vendor.idx.mustache"), "{{id}}");

        assertProblem(Map.of("index-format", "template"), "'template' is required");
        assertProblem(template("classpath:intake-templates/missing.jpl.mustache"), "not found on the classpath");
        assertProblem(template(out.resolve("absent.xml").toString()), "does not exist");
        assertProblem(template(broken.toString()), "Section missing close tag 'fields'");
        assertProblem(template(typo.toString()), "documntType");
        assertProblem(template(typoInField.toString()), "valeu");
        assertProblem(template(noExtension.toString()), "set it when the template's file name has no extension");
        assertProblem(template(idx.toString()), "'template-escaping' is required for index extension 'idx'");
        assertProblem(Map.of("index-format", "csv", "index-extension", "txt"), "would clash");
        Map<String, String> charset = new HashMap<>(template("classpath:intake-templates/d3-hostimport.jpl.mustache"));
        charset.put("index-charset", "ANSI-9000");
        assertProblem(charset, "'index-charset' is not a charset");
        assertProblem(Map.of("index-format", "json", "index-extension", "idx"), "always writes <id>.json");
        assertProblem(Map.of("index-format", "xml", "index-extension", "pdf"), "would clash");
    }

    private void assertProblem(Map<String, String> format, String expected) {
        Map<String, String> settings = new HashMap<>(format);
        settings.put("directory", out.resolve("filed").toString());
        assertThatThrownBy(() -> connector(settings)).as("settings %s", format)
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining(expected);
    }

    private static Map<String, String> template(String spec) {
        return Map.of("index-format", "template", "template", spec);
    }

    private DmsConnector connector(Map<String, String> format) throws InvalidSettingsException {
        Map<String, String> settings = new HashMap<>(format);
        settings.putIfAbsent("directory", out.resolve("filed").toString());
        return new FilesystemConnectorProvider().create(ConnectorSettings.of("archiv", settings));
    }

    /** Delivers {@code doc} and returns the one index file with {@code suffix}, checking the PDF landed next to it. */
    private byte[] deliverAndRead(Map<String, String> format, FiledDocument doc, String suffix) throws Exception {
        DeliveryResult result = connector(format).deliver(doc);
        assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
        Path dir = out.resolve("filed");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyInAnyOrder(doc.id() + ".pdf", doc.id() + ".txt", doc.id() + suffix);
        }
        assertThat(((DeliveryResult.Delivered) result).targetId()).endsWith(doc.id() + suffix);
        return Files.readAllBytes(dir.resolve(doc.id() + suffix));
    }

    private FiledDocument awkwardDocument() {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        fields.put("landlordName", new FieldValue(AWKWARD, 0.9, 1));
        fields.put("rentStart", new FieldValue("2025-04-01", 0.9, 1));
        return samples.builder().documentType("MIETVERTRAG").fields(fields)
                .sourceFileName("Posteingang/Größe/a&b.pdf").receivedAt(Instant.parse("2025-02-28T23:30:00Z"))
                .reviewRequired(true).reviewReasons(List.of("LOW_TYPE_CONFIDENCE", "INVALID_IBAN")).build();
    }
}
