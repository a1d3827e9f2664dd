package de.kommune.intake.connector.filesystem;

import java.util.Map;

/** {@code index-format: xml} against the compatibility kit; the probe parses each {@code .xml} with a real parser. */
class XmlIndexCompatibilityTest extends IndexFormatCompatibilityKit {

    @Override
    protected Map<String, String> formatSettings() {
        return Map.of("index-format", "xml");
    }

    @Override
    protected String indexSuffix() {
        return ".xml";
    }

    @Override
    protected IndexFiles.Parsed parse(byte[] indexFile) throws Exception {
        return IndexFiles.builtInXml(indexFile);
    }
}
