package de.kommune.intake.connector.xdomea;

import de.kommune.intake.connector.spi.ConnectorSettings;
import de.kommune.intake.connector.spi.DeliveryResult;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.FieldValue;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.tck.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXParseException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every message the connector writes is valid against the official xdomea 3.1.0 schema (real
 * {@code javax.xml.validation}, the XRepository's XSD files unedited), and the validation rejects broken messages,
 * so a green run means something. Skipped unless the schema folder is configured ({@link XdomeaSchema}).
 */
class XdomeaSchemaValidationTest {

    @TempDir
    Path tmp;

    private static final SampleDocuments SAMPLES = new SampleDocuments();

    @org.junit.jupiter.api.BeforeAll
    static void schemaAvailable() {
        XdomeaSchema.assumeAvailable();
    }

    static Stream<FiledDocument> documents() {
        String up = "../".repeat(6);
        return Stream.of(
                SAMPLES.kontoauszug(),
                SAMPLES.withUmlauts(),
                SAMPLES.minimal(),
                SAMPLES.builder().id(up + "escaped").documentType(up + "TYPE").caseKey(up + "case")
                        .sourceFileName(up + "a\\b.pdf").build(),
                SAMPLES.builder().fields(Map.of("documentDate", new FieldValue("2025-02-30", 0.5, 1),
                        "note", new FieldValue("Steuer\u0007zeichen <&> \"Zitat\"", 0.4, 2))).receivedAt(null).build(),
                SAMPLES.builder().reviewRequired(true).reviewReasons(List.of("LOW_TYPE_CONFIDENCE", "INVALID_IBAN"))
                        .build());
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyProducedMessageIsValid(FiledDocument doc) throws Exception {
        byte[] xml = message(doc, XdomeaTestSettings.values(tmp.resolve("out")));
        assertThatCode(() -> XdomeaSchema.validate(xml)).doesNotThrowAnyException();
    }

    @Test
    void messageWithoutOptionalSettingsIsValidToo() throws Exception {
        Map<String, String> values = new java.util.HashMap<>(XdomeaTestSettings.values(tmp.resolve("out")));
        values.remove("sender-code-list-uri");
        values.remove("sender-code-list-version");
        values.put("include-index-record", "false");
        XdomeaSchema.validate(message(SAMPLES.kontoauszug(), values));
    }

    /** Each mutation breaks one rule of the schema; the validator must name it. */
    static Stream<Mutation> brokenMessages() {
        return Stream.of(
                new Mutation("missing Erstellerkennung", "cvc-complex-type.2.4",
                        xml -> xml.replaceFirst("<xdomea:Erstellerkennung>[^<]*</xdomea:Erstellerkennung>", "")),
                new Mutation("ProzessID not a UUID", "cvc-pattern-valid",
                        xml -> xml.replaceFirst("<xdomea:ProzessID>[^<]*<", "<xdomea:ProzessID>process-1<")),
                new Mutation("unknown Nachrichtentyp code", "cvc-enumeration-valid",
                        xml -> xml.replaceFirst("<code>0605</code>", "<code>0699</code>")),
                new Mutation("Importbestaetigung other than its fixed value", "cvc-elt.5.2.2.2.2",
                        xml -> xml.replace("<xdomea:Importbestaetigung>1<", "<xdomea:Importbestaetigung>0<")),
                new Mutation("Typ before Posteingangsdatum (sequence order)", "cvc-complex-type.2.4",
                        xml -> xml.replaceFirst("(<xdomea:Posteingangsdatum>[^<]*</xdomea:Posteingangsdatum>)"
                                + "(<xdomea:Typ>[^<]*</xdomea:Typ>)", "$2$1")),
                new Mutation("Dateiname without leading UUID", "cvc-pattern-valid",
                        xml -> xml.replaceFirst("<xdomea:Dateiname>[^<]*<", "<xdomea:Dateiname>kontoauszug.pdf<")),
                new Mutation("element from another namespace", "cvc-complex-type.2.4",
                        xml -> xml.replaceFirst("<xdomea:Stapel>", "<Stapel xmlns=\"urn:other\">0</Stapel><xdomea:Stapel>")));
    }

    @ParameterizedTest
    @MethodSource("brokenMessages")
    void brokenMessagesAreRejected(Mutation mutation) throws Exception {
        String valid = new String(message(SAMPLES.kontoauszug(), XdomeaTestSettings.values(tmp.resolve("out"))),
                StandardCharsets.UTF_8);
        String broken = mutation.apply().apply(valid);
        assertThat(broken).as("the mutation '%s' changed the message", mutation.name()).isNotEqualTo(valid);
        assertThatThrownBy(() -> XdomeaSchema.validate(broken.getBytes(StandardCharsets.UTF_8)))
                .as(mutation.name()).isInstanceOf(SAXParseException.class).hasMessageContaining(mutation.expected());
    }

    private static byte[] message(FiledDocument doc, Map<String, String> settings) throws Exception {
        DmsConnector connector = new XdomeaConnectorProvider().create(ConnectorSettings.of("schema", settings));
        DeliveryResult result = connector.deliver(doc);
        assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
        return ZippedMessage.read(Path.of(((DeliveryResult.Delivered) result).targetId())).xml();
    }

    record Mutation(String name, String expected, UnaryOperator<String> apply) {
        @Override
        public String toString() {
            return name;
        }
    }
}
