package de.kommune.intake.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import de.kommune.intake.samples.render.PdfPageWriter;

class BornDigitalTextTest {

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void pdfTextLayerAndGroundTruthContainEveryLabelledValue(DocumentType type) throws IOException {
        for (long seed = 1; seed <= 12; seed++) {
            GeneratedDocument doc = SampleSet.document(type, seed * 7919);
            String pdfText = extract(doc);
            assertThat(doc.type()).isEqualTo(type);
            for (Map.Entry<String, String> f : doc.fields().entrySet()) {
                assertThat(PrintedForms.contains(pdfText, f.getKey(), f.getValue()))
                        .as("%s seed %d: PDF text lacks %s=%s%n%s", type, seed, f.getKey(), f.getValue(), pdfText)
                        .isTrue();
                assertThat(PrintedForms.contains(doc.fullText(), f.getKey(), f.getValue()))
                        .as("%s seed %d: ground truth lacks %s=%s", type, seed, f.getKey(), f.getValue()).isTrue();
            }
            for (String key : type.keyFields()) {
                assertThat(doc.fields().containsKey(key) || doc.absentFields().contains(key))
                        .as("%s seed %d: key field %s neither labelled nor absent", type, seed, key).isTrue();
            }
            assertThat(doc.absentFields()).doesNotContainAnyElementsOf(doc.fields().keySet());
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void onePageVariantsFitOnOnePage(DocumentType type) {
        for (long seed = 1; seed <= 6; seed++) {
            assertThat(SampleSet.document(type, seed, true).pages()).hasSize(1);
        }
    }

    static String extract(GeneratedDocument doc) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (PDDocument pdf = PdfPageWriter.toDocument(doc.pages())) {
            pdf.save(bos);
        }
        try (PDDocument pdf = Loader.loadPDF(bos.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(doc.pages().size());
            return new PDFTextStripper().getText(pdf);
        }
    }
}
