package de.kommune.intake.connector.xdomea;

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
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** What a DMS import job finds in the exchange folder, beyond the kit's contract. */
class XdomeaConnectorTest {

    @TempDir
    Path tmp;

    private final SampleDocuments samples = new SampleDocuments();

    private DmsConnector connector(Map<String, String> values) throws InvalidSettingsException {
        return new XdomeaConnectorProvider().create(ConnectorSettings.of("akte-nord", values));
    }

    private DmsConnector connector() throws InvalidSettingsException {
        return connector(XdomeaTestSettings.values(tmp.resolve("austausch")));
    }

    private static Path delivered(DeliveryResult result) {
        assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
        return Path.of(((DeliveryResult.Delivered) result).targetId());
    }

    @Test
    void zipIsNamedByProzessIdAndHoldsPdfIndexRecordAndMessage() throws Exception {
        FiledDocument doc = samples.kontoauszug();
        Path zip = delivered(connector().deliver(doc));
        ZippedMessage msg = ZippedMessage.read(zip);
        String processId = msg.text("ProzessID");

        assertThat(zip.getParent()).isEqualTo(tmp.resolve("austausch"));
        assertThat(zip.getFileName().toString()).isEqualTo(processId + "_FVDaten.SGOAblegen.0605.zip");
        assertThat(UUID.fromString(processId)).isEqualTo(MessageIds.of(doc.idempotencyKey()).processId());
        String documentUuid = msg.dom().getElementsByTagNameNS(ZippedMessage.NS, "ID").item(0).getTextContent();
        assertThat(msg.entries()).containsExactly(documentUuid + ".pdf", documentUuid + "_index.json",
                processId + "_FVDaten.SGOAblegen.0605.xml");
        assertThat(msg.primaryDocumentName()).isEqualTo(documentUuid + ".pdf");
        assertThat(msg.indexJson()).isEqualTo(doc.indexRecordJson());
        try (InputStream pdf = msg.openPdf()) {
            assertThat(SampleDocuments.sha256(pdf)).isEqualTo(SampleDocuments.sha256(doc.pdf()))
                    .isEqualTo(msg.field("pdfSha256"));
        }
        assertThat(msg.field("pdfSize")).isEqualTo(Long.toString(doc.pdf().size()));
        try (Stream<Path> files = Files.list(zip.getParent())) {
            assertThat(files).containsExactly(zip);
        }
    }

    @Test
    void headCarriesSenderRecipientAndMessageType() throws Exception {
        ZippedMessage msg = ZippedMessage.read(delivered(connector().deliver(samples.kontoauszug())));
        Element kopf = (Element) msg.dom().getElementsByTagNameNS(ZippedMessage.NS, "Kopf").item(0);
        assertThat(kopf.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("0605");
        Element absender = (Element) kopf.getElementsByTagNameNS(ZippedMessage.NS, "Absender").item(0);
        Element empfaenger = (Element) kopf.getElementsByTagNameNS(ZippedMessage.NS, "Empfaenger").item(0);
        assertThat(absender.getTextContent()).contains("Jobcenter Münster-Süd", "05515000");
        Element schluessel = (Element) absender.getElementsByTagNameNS(ZippedMessage.NS, "Behoerdenschluessel").item(0);
        assertThat(schluessel.getAttribute("listURI"))
                .isEqualTo("urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:ags");
        assertThat(schluessel.getAttribute("listVersionID")).isEqualTo("2025-01-31");
        assertThat(empfaenger.getTextContent()).contains("Kommunales DMS", "dms-01");
        assertThat(msg.text("Erstellungszeitpunkt")).isEqualTo("2025-03-01T09:14:03Z");
        assertThat(msg.text("Importbestaetigung")).isEqualTo("1");
        assertThat(msg.text("Ablageort")).isEqualTo(tmp.resolve("austausch").toString());
    }

    @Test
    void documentMetadataCaseReferenceAndFields() throws Exception {
        Map<String, FieldValue> fields = new HashMap<>();
        fields.put("documentDate", new FieldValue("2025-02-27", 0.9, 1));
        fields.put("iban", new FieldValue("DE89370400440532013000", 0.99, 1));
        FiledDocument doc = samples.builder().fields(fields).reviewRequired(true)
                .reviewReasons(List.of("LOW_TYPE_CONFIDENCE")).build();
        ZippedMessage msg = ZippedMessage.read(delivered(connector().deliver(doc)));

        assertThat(msg.text("Typ")).isEqualTo("KONTOAUSZUG");
        assertThat(msg.text("Betreff")).isEqualTo("KONTOAUSZUG, Eingang 01.03.2025");
        assertThat(msg.text("Posteingangsdatum")).isEqualTo("2025-03-01");
        assertThat(msg.text("DatumDesSchreibens")).isEqualTo("2025-02-27");
        assertThat(msg.text("FachverfahrenObjektID")).isEqualTo(doc.id());
        assertThat(msg.text("FremdesGeschaeftszeichen")).isEqualTo(doc.id());
        assertThat(msg.text("Bemerkung")).isEqualTo("Prüfung erforderlich: LOW_TYPE_CONFIDENCE");
        assertThat(msg.text("DateinameOriginal")).isEqualTo("kontoauszug_0007.pdf");
        assertThat(msg.text("SonstigerName")).isEqualTo("PDF/A-2b");
        Element format = (Element) msg.dom().getElementsByTagNameNS(ZippedMessage.NS, "Format").item(0);
        assertThat(childText(format, "Version")).isEqualTo("1.4");
        Element verweis = (Element) msg.dom().getElementsByTagNameNS(ZippedMessage.NS, "Verweis").item(0);
        assertThat(childText(verweis, "SGOKennzeichen")).isEqualTo("12345BG0012345");
        assertThat(verweis.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("001"); // Akte
        assertThat(msg.field("field.iban")).isEqualTo("DE89370400440532013000");
        assertThat(msg.field("caseKey")).isEqualTo("12345BG0012345");
    }

    @Test
    void withoutCaseKeyThereIsNoAkteReference() throws Exception {
        ZippedMessage msg = ZippedMessage.read(delivered(connector().deliver(samples.minimal())));
        assertThat(msg.dom().getElementsByTagNameNS(ZippedMessage.NS, "Verweis").getLength()).isZero();
        assertThat(msg.field("caseKey")).isNull();
    }

    @Test
    void umlautsSharpSAndEuroSurviveExactly() throws Exception {
        FiledDocument doc = samples.withUmlauts();
        ZippedMessage msg = ZippedMessage.read(delivered(connector().deliver(doc)));
        assertThat(msg.field("field.tenantName")).isEqualTo(SampleDocuments.NAME_WITH_UMLAUTS);
        assertThat(msg.field("field.propertyAddress")).isEqualTo(SampleDocuments.ADDRESS_WITH_UMLAUTS);
        assertThat(msg.field("field.landlordName")).isEqualTo(SampleDocuments.SENDER_WITH_EURO);
        assertThat(msg.text("DateinameOriginal")).isEqualTo("Überweisung 1.234,56 € für Jürgen.pdf");
        assertThat(msg.field("sourceFileName")).isEqualTo(SampleDocuments.FILE_NAME_WITH_UMLAUTS);
        assertThat(new String(msg.xml(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("Jürgen Weiß-Öztürk");
    }

    @Test
    void fieldsAreWrittenInSortedOrderSoARedeliveryInAnotherJvmMatches() throws Exception {
        ZippedMessage msg = ZippedMessage.read(delivered(connector().deliver(samples.withUmlauts())));
        NodeList names = msg.dom().getElementsByTagNameNS(ZippedMessage.NS, "Feld");
        List<String> fieldNames = new java.util.ArrayList<>();
        for (int i = 0; i < names.getLength(); i++) {
            String name = childText((Element) names.item(i), "Name");
            if (name.startsWith("field.")) {
                fieldNames.add(name);
            }
        }
        assertThat(fieldNames).containsExactly("field.baseRent", "field.landlordName", "field.propertyAddress",
                "field.tenantName");
    }

    @Test
    void redeliveryWritesTheSameMessageToTheSameName() throws Exception {
        SampleDocuments.Builder builder = samples.builder();
        Path first = delivered(connector().deliver(builder.build()));
        byte[] firstBytes = Files.readAllBytes(first);
        Path second = delivered(connector().deliver(builder.build())); // a new connector: as after a restart
        assertThat(second).isEqualTo(first);
        assertThat(Files.readAllBytes(second)).as("a redelivery produces the same zip, byte for byte")
                .isEqualTo(firstBytes);
    }

    @Test
    void theFirstDeliveryRemovesAZipAKilledWorkerLeftHalfWritten() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("austausch"));
        Path leftover = Files.write(folder.resolve("x" + XdomeaConnector.SUFFIX + ".zip." + UUID.randomUUID() + ".part"),
                new byte[] {'P', 'K', 3, 4});

        Path zip = delivered(connector().deliver(samples.kontoauszug()));

        assertThat(leftover).doesNotExist();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(zip);
        }
    }

    @Test
    void idempotencyKeyNotDocumentIdDecidesTheMessage() throws Exception {
        DmsConnector connector = connector();
        Path a = delivered(connector.deliver(samples.builder().idempotencyKey("k-1").build()));
        Path b = delivered(connector.deliver(samples.builder().idempotencyKey("k-1").build()));
        Path c = delivered(connector.deliver(samples.builder().idempotencyKey("k-2").build()));
        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void indexRecordCanBeLeftOut() throws Exception {
        Map<String, String> values = XdomeaTestSettings.values(tmp.resolve("austausch"));
        values.put("include-index-record", "false");
        ZippedMessage msg = ZippedMessage.read(delivered(connector(values).deliver(samples.kontoauszug())));
        assertThat(msg.entries()).hasSize(2).noneMatch(n -> n.endsWith(".json"));
        assertThat(msg.field("indexRecordFile")).isNull();
    }

    @Test
    void nonPdfIsRejectedAndLeavesNothingBehind() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        DmsConnector connector = connector();
        DeliveryResult wrongBytes = connector.deliver(samples.builder()
                .pdf(SampleDocuments.bytes(png, "application/pdf")).build());
        DeliveryResult wrongType = connector.deliver(samples.builder()
                .pdf(SampleDocuments.bytes(png, "image/png")).build());
        assertThat(wrongBytes).isInstanceOf(DeliveryResult.Rejected.class);
        assertThat(((DeliveryResult.Rejected) wrongBytes).reason()).contains("not a PDF");
        assertThat(((DeliveryResult.Rejected) wrongType).reason()).contains("image/png");
        try (Stream<Path> files = Files.list(tmp.resolve("austausch"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void outDirThatCannotBeCreatedGivesRetryLater() throws Exception {
        Path file = Files.writeString(tmp.resolve("share-not-mounted"), "x");
        DmsConnector connector = connector(XdomeaTestSettings.values(file.resolve("austausch")));
        DeliveryResult result = connector.deliver(samples.kontoauszug());
        assertThat(result).isInstanceOf(DeliveryResult.RetryLater.class);
        assertThat(((DeliveryResult.RetryLater) result).after()).isPositive();
        assertThat(connector.check().up()).isFalse();
    }

    @Test
    void readOnlyOutDirGivesRetryLater() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("readonly"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path probe = dir.resolve("probe");
            boolean canStillWrite;
            try {
                Files.createFile(probe);
                Files.delete(probe);
                canStillWrite = true;
            } catch (java.nio.file.AccessDeniedException expected) {
                canStillWrite = false;
            }
            assumeFalse(canStillWrite, "file permissions do not stop this user (root): cannot make a read-only folder");
            DmsConnector connector = connector(XdomeaTestSettings.values(dir));
            assertThat(connector.deliver(samples.kontoauszug())).isInstanceOf(DeliveryResult.RetryLater.class);
            assertThat(connector.check().up()).isFalse();
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void failedDeliveryLeavesNoTemporaryFile() throws Exception {
        FiledDocument broken = samples.builder()
                .pdf(SampleDocuments.failingAfter(SampleDocuments.generatedPdf(1024 * 1024), 200_000)).build();
        assertThat(connector().deliver(broken)).isInstanceOf(DeliveryResult.RetryLater.class);
        try (Stream<Path> files = Files.list(tmp.resolve("austausch"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void everySettingsProblemIsListedAtOnce() {
        Map<String, String> values = new HashMap<>();
        values.put("sender-name", "Jobcenter");
        values.put("sender-code-list-uri", "urn:x");
        values.put("include-index-record", "yes");
        values.put("time-zone", "Berlin");
        values.put("outdir", "/tmp/x");
        assertThatThrownBy(() -> connector(values)).isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
            assertThat(e.problems()).hasSize(8);
            assertThat(String.join("\n", e.problems())).contains("'out-dir' is required", "'sender-code' is required",
                    "'recipient-name' is required", "'recipient-code' is required",
                    "'sender-code-list-uri' and 'sender-code-list-version' go together",
                    "'include-index-record' must be true or false", "'time-zone'", "unknown setting 'outdir'");
            assertThat(e.getMessage()).contains("akte-nord");
        });
    }

    @Test
    void checkIsUpForACreatableFolder() throws Exception {
        assertThat(connector().check().up()).isTrue();
        assertThat(connector().check().detail()).contains("will be created");
    }

    private static String childText(Element parent, String localName) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && localName.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }
}
