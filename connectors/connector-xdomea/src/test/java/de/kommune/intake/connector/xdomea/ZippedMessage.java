package de.kommune.intake.connector.xdomea;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One 0605 zip as the DMS import job would read it: the message XML, parsed, and the files it names. Reads the zip
 * itself, never through the connector.
 */
record ZippedMessage(Path zip, List<String> entries, byte[] xml, Document dom, String indexJson) {

    static final String NS = "urn:xoev-de:xdomea:schema:3.1.0";

    static ZippedMessage read(Path zip) throws Exception {
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            List<String> entries = file.stream().map(ZipEntry::getName).toList();
            List<String> xmlEntries = entries.stream().filter(n -> n.endsWith("_FVDaten.SGOAblegen.0605.xml")).toList();
            if (xmlEntries.size() != 1) {
                throw new IllegalStateException(zip + " must hold exactly one 0605 message, holds " + entries);
            }
            byte[] xml;
            try (InputStream in = file.getInputStream(file.getEntry(xmlEntries.get(0)))) {
                xml = in.readAllBytes();
            }
            Document dom = parse(xml);
            String indexFile = field(dom, "indexRecordFile");
            String indexJson = null;
            if (indexFile != null) {
                try (InputStream in = file.getInputStream(file.getEntry(indexFile))) {
                    indexJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return new ZippedMessage(zip, entries, xml, dom, indexJson);
        }
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Text of the first element with this local name in the xdomea namespace, or {@code null}. */
    String text(String localName) {
        NodeList nodes = dom.getElementsByTagNameNS(NS, localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    String fachverfahrenObjektId() {
        return text("FachverfahrenObjektID");
    }

    String primaryDocumentName() {
        return text("Dateiname");
    }

    /** The {@code Wert} of the {@code Feld} with this {@code Name} in the application-specific extension. */
    String field(String name) {
        return field(dom, name);
    }

    private static String field(Document dom, String name) {
        NodeList fields = dom.getElementsByTagNameNS(NS, "Feld");
        for (int i = 0; i < fields.getLength(); i++) {
            Element feld = (Element) fields.item(i);
            if (name.equals(childText(feld, "Name"))) {
                return childText(feld, "Wert");
            }
        }
        return null;
    }

    private static String childText(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }

    /**
     * All metadata as decoded text: one {@code path=value} line per XML leaf element, then the index record.
     * Entities are resolved, so what the kit compares is what a DMS would store.
     */
    String metadata() {
        List<String> lines = new ArrayList<>();
        leaves(dom.getDocumentElement(), "", lines);
        if (indexJson != null) {
            lines.add("indexRecord=" + indexJson);
        }
        return String.join("\n", lines);
    }

    private static void leaves(Element e, String path, List<String> lines) {
        String here = path + "/" + e.getLocalName();
        boolean hasChild = false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                hasChild = true;
                leaves(child, here, lines);
            }
        }
        if (!hasChild) {
            lines.add(here + "=" + e.getTextContent());
        }
    }

    /** Opens the primary document; closing the stream closes the zip. */
    InputStream openPdf() throws IOException {
        ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
        ZipEntry entry = file.getEntry(primaryDocumentName());
        if (entry == null) {
            file.close();
            throw new IOException(zip + " has no entry " + primaryDocumentName());
        }
        return new FilterInputStream(file.getInputStream(entry)) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    file.close();
                }
            }
        };
    }
}
