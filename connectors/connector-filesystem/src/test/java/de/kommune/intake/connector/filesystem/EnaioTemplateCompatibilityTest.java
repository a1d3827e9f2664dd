package de.kommune.intake.connector.filesystem;

import java.util.Map;

/** The shipped enaio-style XML template against the compatibility kit. */
class EnaioTemplateCompatibilityTest extends IndexFormatCompatibilityKit {

    @Override
    protected Map<String, String> formatSettings() {
        return Map.of("index-format", "template", "template", "classpath:intake-templates/enaio-import.xml.mustache");
    }

    @Override
    protected String indexSuffix() {
        return ".xml";
    }

    @Override
    protected IndexFiles.Parsed parse(byte[] indexFile) throws Exception {
        return IndexFiles.enaioXml(indexFile);
    }
}
