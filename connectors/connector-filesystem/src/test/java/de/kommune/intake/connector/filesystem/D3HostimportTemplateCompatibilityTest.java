package de.kommune.intake.connector.filesystem;

import de.kommune.intake.connector.spi.FieldValue;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.connector.tck.SampleDocuments;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * The shipped d.3 Hostimport template against the compatibility kit, written in windows-1252 as many Hostimport
 * setups expect: the probe decodes windows-1252 and accepts only strict {@code key = "value"} lines. A name with
 * a letter windows-1252 lacks is the document this target refuses.
 */
class D3HostimportTemplateCompatibilityTest extends IndexFormatCompatibilityKit {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    protected Map<String, String> formatSettings() {
        return Map.of("index-format", "template", "template", "classpath:intake-templates/d3-hostimport.jpl.mustache",
                "index-charset", "windows-1252");
    }

    @Override
    protected String indexSuffix() {
        return ".jpl";
    }

    @Override
    protected IndexFiles.Parsed parse(byte[] indexFile) {
        return IndexFiles.d3Jpl(new String(indexFile, WINDOWS_1252));
    }

    @Override
    protected FiledDocument documentTheTargetRejects(SampleDocuments samples) {
        return samples.builder().documentType("MIETVERTRAG")
                .fields(Map.of("tenantName", new FieldValue("Łucja Wąsowska", 0.9, 1))).build();
    }
}
