package de.kommune.intake.samples.channel;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;

import de.kommune.intake.samples.GeneratedDocument;
import de.kommune.intake.samples.SampleLabel;
import de.kommune.intake.samples.render.PdfMeta;
import de.kommune.intake.samples.render.PdfPageWriter;

/** born-digital: a PDF with a real text layer, as office software or a portal would produce it. */
public final class BornDigitalWriter {

    private static final String[] PRODUCERS = {"Microsoft Word für Microsoft 365", "LibreOffice 7.6",
            "Acrobat PDFMaker 23 für Word", "SAP NetWeaver 7.5", "DATEV LODAS", "PDFsharp 1.50", "wkhtmltopdf 0.12.6",
            "iText 7.2.5"};

    private BornDigitalWriter() {
    }

    public static SampleLabel write(GeneratedDocument doc, String stem, Output out, Random rnd, LocalDate created)
            throws IOException {
        String fileName = stem + ".pdf";
        String producer = PRODUCERS[rnd.nextInt(PRODUCERS.length)];
        try (PDDocument pdf = PdfPageWriter.toDocument(doc.pages())) {
            PdfMeta.set(pdf, producer, created);
            pdf.save(out.input("born-digital", fileName).toFile());
        }
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("producer", producer);
        return new SampleLabel(Output.relative("born-digital", fileName), "born-digital", doc.pages().size(),
                List.of(out.label(doc, stem, 1)), null, null, notes);
    }
}
