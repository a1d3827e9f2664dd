package de.kommune.intake.connector.filesystem;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers for the index files as an import job would read them, written independently of the connector's writers
 * (a real XML parser, an RFC 4180 reader, a strict .jpl line reader), so a writer bug cannot hide behind a reader
 * that shares its mistakes.
 */
final class IndexFiles {

    private IndexFiles() {
    }

    /** An index file read back: the document id it names and every value in it, decoded, one per line. */
    record Parsed(String id, String values) {
    }

    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** Every attribute value and text node below {@code node}, one per line. */
    static String allValues(Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
            out.append(node.getNodeValue()).append('\n');
        }
        NamedNodeMap attributes = node.getAttributes();
        if (attributes != null) {
            for (int i = 0; i < attributes.getLength(); i++) {
                out.append(attributes.item(i).getNodeValue()).append('\n');
            }
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            collect(children.item(i), out);
        }
    }

    /** The built-in XML format: {@code <indexRecord id="...">}. */
    static Parsed builtInXml(byte[] bytes) throws Exception {
        Element root = xml(bytes).getDocumentElement();
        if (!root.getTagName().equals("indexRecord")) {
            throw new AssertionError("root element is " + root.getTagName());
        }
        return new Parsed(root.getAttribute("id"), allValues(root));
    }

    /** The enaio-style template: the id is in {@code <field internal="intakeId">}. */
    static Parsed enaioXml(byte[] bytes) throws Exception {
        Element root = xml(bytes).getDocumentElement();
        NodeList fields = root.getElementsByTagName("field");
        String id = null;
        for (int i = 0; i < fields.getLength(); i++) {
            Element field = (Element) fields.item(i);
            if (field.getAttribute("internal").equals("intakeId")) {
                id = field.getTextContent();
            }
        }
        return new Parsed(id, allValues(root));
    }

    private static final Pattern JPL_LINE = Pattern.compile("([a-z_]+(?:\\[\\d+])?) = \"([^\"\\r\\n]*)\"");

    /** A d.3 .jpl file: only lines {@code key = "value"}; any other line fails, so a broken quote shows. */
    static Map<String, String> jpl(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = JPL_LINE.matcher(line);
            if (!m.matches()) {
                throw new AssertionError("not a .jpl line: " + line);
            }
            if (values.put(m.group(1), m.group(2)) != null) {
                throw new AssertionError("key twice: " + m.group(1));
            }
        }
        return values;
    }

    static Parsed d3Jpl(String text) {
        Map<String, String> values = jpl(text);
        return new Parsed(values.get("dok_dat_feld[3]"), String.join("\n", values.values()));
    }

    /** RFC 4180: records end with CRLF, quoted values may hold delimiters, quotes (doubled) and line breaks. */
    static List<List<String>> csv(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
                i++;
            } else if (c == '"' && value.isEmpty()) {
                quoted = true;
                i++;
            } else if (c == delimiter) {
                record.add(value.toString());
                value.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(value.toString());
                value.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '"' || c == '\r' || c == '\n') {
                throw new AssertionError("unquoted " + (int) c + " at " + i);
            } else {
                value.append(c);
                i++;
            }
        }
        if (quoted || !value.isEmpty() || !record.isEmpty()) {
            throw new AssertionError("the last record does not end with CRLF");
        }
        return records;
    }

    static Parsed csvIndex(String text) {
        List<List<String>> records = csv(text, ',');
        if (records.size() != 2 || !records.get(0).get(0).equals("id")
                || records.get(0).size() != records.get(1).size()) {
            throw new AssertionError("expected a header and one record of the same width: " + records);
        }
        return new Parsed(records.get(1).get(0), String.join("\n", records.get(1)));
    }
}
