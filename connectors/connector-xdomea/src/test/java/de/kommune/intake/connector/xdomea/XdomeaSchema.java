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
 * The official xdomea 3.1.0 schema shipped in {@code src/test/resources/xsd/xdomea-3.1.0}, compiled once.
 *
 * <p>The xdomea files import the XÖV code schema by its public URL; a resolver maps that namespace to the copy next
 * to them (like an XML catalog), so validation never touches the network and the shipped files stay unedited.
 */
final class XdomeaSchema {

    static final String XOEV_CODE_NS = "http://xoev.de/schemata/code/1_0";
    private static final String DIR = "/xsd/xdomea-3.1.0/";
    private static Schema schema;

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
        URL url = XdomeaSchema.class.getResource(DIR + name);
        if (url == null) {
            throw new IllegalStateException("schema file missing from the test classpath: " + DIR + name);
        }
        return url;
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
