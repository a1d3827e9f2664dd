package de.kommune.intake.pipeline.delivery;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;

/** The document-level parts of PDF/A-2b: XMP metadata matching the document information, sRGB output intent. */
final class PdfAMetadata {

    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /**
     * One serializer per thread, not per document: its constructor looks the XSLT factory up through the service
     * loader, which reads (and checks the signatures of) the jars on the class path; per document that was 155 of
     * the deliver stage's 534 profile samples (2026-12-02). A serializer is not thread-safe.
     */
    private static final ThreadLocal<XmpSerializer> SERIALIZER = ThreadLocal.withInitial(() -> {
        try {
            return new XmpSerializer();
        } catch (Exception e) {
            throw new IllegalStateException("no XML serializer for XMP metadata", e);
        }
    });

    private PdfAMetadata() {
    }

    /** @param claimPdfA whether to write the PDF/A-2b identification (only for a document that is compliant) */
    static void apply(PDDocument doc, String title, boolean claimPdfA) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        Calendar now = Calendar.getInstance();
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            if (claimPdfA) {
                PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
                id.setPart(2);
                id.setConformance("B");
            }
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(now);
            basic.setCreatorTool("intake-pipeline");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SERIALIZER.get().serialize(xmp, out, true);
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(out.toByteArray());
            catalog.setMetadata(metadata);
        } catch (Exception e) {
            throw new IOException("cannot write XMP metadata", e);
        }
        // The information dictionary must agree with the XMP (ISO 19005-2, 6.6.3).
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setCreator("intake-pipeline");
        if (catalog.getOutputIntents().isEmpty()) {
            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB_PROFILE));
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        }
    }
}
