package de.kommune.intake.connector.xdomea;

import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;

/**
 * The official xdomea 3.1.0 schema, compiled once, from the folder named by the system property
 * {@code xdomea.xsd.dir} or the environment variable {@code XDOMEA_XSD_DIR} (the files as downloaded from the
 * XRepository; see {@code src/test/resources/xsd/README.md}). The schema files are not part of this repository:
 * without that folder the schema tests are skipped, saying why.
 *
 * <p>The xdomea files import the XÖV code schema by its public URL; a resolver maps that namespace to the
 * {@code xoev-code.xsd} next to them (like an XML catalog), so validation never touches the network and the
 * downloaded files stay unedited.
 */
final class XdomeaSchema {

    static final String XOEV_CODE_NS = "http://xoev.de/schemata/code/1_0";
    private static Schema schema;

    /** Skips the calling test class (JUnit assumption) when the schema folder is not configured. */
    static void assumeAvailable() {
        dir();
    }

    private static java.nio.file.Path dir() {
        String configured = System.getProperty("xdomea.xsd.dir", System.getenv("XDOMEA_XSD_DIR"));
        java.nio.file.Path dir = configured == null ? null : java.nio.file.Path.of(configured);
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null && java.nio.file.Files.isRegularFile(
                        dir.resolve("xdomea-Nachrichten-FachverfahrensdatenAustauschen.xsd")),
                "official xdomea 3.1.0 XSDs not available: set -Dxdomea.xsd.dir or XDOMEA_XSD_DIR to the folder"
                        + " with the files from the XRepository (src/test/resources/xsd/README.md)");
        return dir;
    }

    private XdomeaSchema() {
    }

    static synchronized Schema get() throws SAXException {
        if (schema == null) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) ->
                    XOEV_CODE_NS.equals(namespace) ? local("xoev-code.xsd") : null);
            // Only the shipped files may be read: an unmapped http import fails instead of going online.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            schema = factory.newSchema(resource("xdomea-Nachrichten-FachverfahrensdatenAustauschen.xsd"));
        }
        return schema;
    }

    /** Validates a message; throws {@link SAXException} naming the first violation. */
    static void validate(byte[] xml) throws SAXException, IOException {
        get().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static URL resource(String name) {
        java.nio.file.Path file = dir().resolve(name);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalStateException("schema file missing: " + file);
        }
        try {
            return file.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LSInput local(String name) {
        try {
            DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .getDOMImplementation();
            LSInput input = ls.createLSInput();
            URL url = resource(name);
            input.setSystemId(url.toString());
            input.setByteStream(url.openStream());
            return input;
        } catch (Exception e) {
            throw new IllegalStateException("cannot open " + name, e);
        }
    }
}
