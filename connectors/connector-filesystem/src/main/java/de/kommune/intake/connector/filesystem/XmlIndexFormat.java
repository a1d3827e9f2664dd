package de.kommune.intake.connector.filesystem;

import de.kommune.intake.connector.spi.FieldValue;
import de.kommune.intake.connector.spi.FiledDocument;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code <id>.xml}: the document's metadata as a small, self-describing XML file (UTF-8), for import jobs that
 * read XML sidecars:
 *
 * <pre>{@code
 * <indexRecord id="...">
 *   <documentType>KONTOAUSZUG</documentType>
 *   <caseKey>12345BG0012345</caseKey>            (absent when unknown)
 *   <target>leistung</target>
 *   <review required="true"><reason>LOW_TYPE_CONFIDENCE</reason></review>
 *   <source fileName="scans/a.pdf" receivedAt="2025-03-01T09:14:03Z"/>
 *   <pdf fileName="....pdf"/>
 *   <fields><field code="iban" confidence="0.99" page="1">DE89...</field></fields>
 * </indexRecord>
 * }</pre>
 *
 * <p>Fields are sorted by code, so the same document always gives the same file.
 */
final class XmlIndexFormat implements IndexFormat {

    private final String extension;

    XmlIndexFormat(String extension) {
        this.extension = extension;
    }

    @Override
    public String extension() {
        return extension;
    }

    @Override
    public byte[] render(FiledDocument d, String pdfFileName) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<indexRecord id=\"").append(XmlText.escape(d.id())).append("\">\n");
        element(xml, "documentType", d.documentType());
        if (d.caseKey() != null) {
            element(xml, "caseKey", d.caseKey());
        }
        if (d.target() != null) {
            element(xml, "target", d.target());
        }
        xml.append("  <review required=\"").append(d.reviewRequired()).append('"');
        if (d.reviewReasons().isEmpty()) {
            xml.append("/>\n");
        } else {
            xml.append('>');
            d.reviewReasons().forEach(r -> xml.append("<reason>").append(XmlText.escape(r)).append("</reason>"));
            xml.append("</review>\n");
        }
        xml.append("  <source");
        attribute(xml, "fileName", d.sourceFileName());
        attribute(xml, "receivedAt", d.receivedAt() == null ? null : d.receivedAt().toString());
        xml.append("/>\n");
        xml.append("  <pdf fileName=\"").append(XmlText.escape(pdfFileName)).append("\"/>\n");
        xml.append("  <fields>\n");
        for (Map.Entry<String, FieldValue> f : new TreeMap<>(d.fields()).entrySet()) {
            xml.append("    <field code=\"").append(XmlText.escape(f.getKey()))
                    .append("\" confidence=\"").append(f.getValue().confidence())
                    .append("\" page=\"").append(f.getValue().page()).append("\">")
                    .append(XmlText.escape(String.valueOf(f.getValue().value()))).append("</field>\n");
        }
        xml.append("  </fields>\n</indexRecord>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder xml, String name, String value) {
        xml.append("  <").append(name).append('>').append(XmlText.escape(value)).append("</").append(name).append(">\n");
    }

    private static void attribute(StringBuilder xml, String name, String value) {
        if (value != null) {
            xml.append(' ').append(name).append("=\"").append(XmlText.escape(value)).append('"');
        }
    }
}
