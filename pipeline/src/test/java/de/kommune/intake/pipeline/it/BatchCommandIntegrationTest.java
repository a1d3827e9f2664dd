package de.kommune.intake.pipeline.it;

import de.kommune.intake.pipeline.batch.BatchCommand;
import de.kommune.intake.samples.BadInput;
import de.kommune.intake.samples.GeneratorOptions;
import de.kommune.intake.samples.SampleSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch command over generated documents of every channel, with the real Tesseract, plus broken inputs and a
 * duplicate: every input must end filed, in review or rejected with a reason, and the records must carry the
 * right type and key fields.
 */
class BatchCommandIntegrationTest {

    @TempDir
    static Path tmp;
    static Path in;
    static Path out;
    static int exitCode;
    static List<JsonNode> labels;
    static String duplicateName = "doppelt/nochmal_eingereicht.pdf";
    static final String KUENDIGUNG_TEXT = """
            Müller Logistik GmbH · Hafenstraße 12 · 28217 Bremen
            Herrn Jonas Weber
            Lindenweg 4
            28199 Bremen
            Bremen, 03.02.2025
            Kündigung Ihres Arbeitsverhältnisses
            Sehr geehrter Herr Weber,
            hiermit kündigen wir das mit Ihnen bestehende Arbeitsverhältnis ordentlich und fristgerecht zum 31.03.2025.
            Mit freundlichen Grüßen
            Müller Logistik GmbH
            """;

    @BeforeAll
    static void runBatch() throws Exception {
        Path corpus = tmp.resolve("corpus");
        SampleSet.generate(corpus, GeneratorOptions.defaults().withSeed(20251122L).withDocuments(12)
                .withBadInputs(EnumSet.allOf(BadInput.class)).withPhoto(1800, 0.8f));
        in = corpus.resolve("inputs");
        out = tmp.resolve("out");
        labels = OutputFolder.labels(corpus.resolve("labels.jsonl"));
        // The same content again under another name must be recognised, not filed twice.
        String bornDigital = labels.stream().map(l -> l.path("file").asString())
                .filter(f -> f.startsWith("born-digital/")).findFirst().orElseThrow();
        Files.createDirectories(in.resolve("doppelt"));
        Files.copy(in.resolve(bornDigital), in.resolve(duplicateName));
        // Office and mail formats go through Tika, not OCR.
        Files.createDirectories(in.resolve("post"));
        Files.writeString(in.resolve("post/kuendigung.txt"), KUENDIGUNG_TEXT, StandardCharsets.UTF_8);
        // Born-digital with embedded fonts (copied as they are); the generated born-digital inputs use the
        // Standard 14 fonts without embedding (rendered with their own text).
        Files.createDirectories(in.resolve("eigene-pdfs"));
        writeEmbeddedFontLetter(in.resolve(EMBEDDED_FONT_PDF));
        Files.writeString(in.resolve("post/nachricht.eml"), "From: buerger@example.org\r\nTo: poststelle@jobcenter.example\r\n"
                + "Subject: Kuendigung Arbeitsvertrag\r\nDate: Mon, 3 Feb 2025 10:00:00 +0100\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + KUENDIGUNG_TEXT, StandardCharsets.UTF_8);
        exitCode = BatchCommand.run(new String[]{"batch", "--in", in.toString(), "--out", out.toString(),
                "--work", tmp.resolve("work").toString()});
    }

    static final String EMBEDDED_FONT_PDF = "eigene-pdfs/kuendigung_eingebettet.pdf";

    static void writeEmbeddedFontLetter(Path file) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDFont font;
            try (InputStream ttf = BatchCommandIntegrationTest.class.getResourceAsStream(
                    "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                font = PDType0Font.load(doc, ttf, true);
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.setLeading(15);
                cs.newLineAtOffset(60, 770);
                for (String line : KUENDIGUNG_TEXT.split("\n")) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(file.toFile());
        }
    }

    @Test
    void everyPdfTheBatchWroteIsPdfA2b() throws Exception {
        int records = new OutputFolder(out).records().size();
        assertThat(PdfAFiles.assertAllPdfA2b(out, records)).isEqualTo(records);
    }

    @Test
    void bornDigitalPdfsKeepTheirOwnText() throws Exception {
        OutputFolder o = new OutputFolder(out);
        JsonNode embedded = o.recordsOf(EMBEDDED_FONT_PDF).get(0);
        assertThat(embedded.path("ocr").path("skipped").asBoolean()).isTrue();
        try (PDDocument pdf = Loader.loadPDF(out.resolve(embedded.path("id").asString() + ".pdf").toFile())) {
            PDPage page = pdf.getPage(0);
            assertThat(page.getResources().getXObjectNames()).as("copied as vector page, no page image").isEmpty();
            assertThat(new PDFTextStripper().getText(pdf)).contains("hiermit kündigen wir das mit Ihnen bestehende");
        }
        String generated = labels.stream().map(l -> l.path("file").asString())
                .filter(f -> f.startsWith("born-digital/")).findFirst().orElseThrow();
        JsonNode record = o.recordsOf(generated).get(0);
        String originalText;
        try (PDDocument original = Loader.loadPDF(in.resolve(generated).toFile())) {
            originalText = new PDFTextStripper().getText(original);
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve(record.path("id").asString() + ".pdf").toFile())) {
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("rendered: fonts not embedded").hasSize(1);
            // The same words; layout analysis may order two nearly level blocks differently (other font metrics).
            assertThat(new PDFTextStripper().getText(pdf).strip().split("\\s+"))
                    .containsExactlyInAnyOrder(originalText.strip().split("\\s+"));
        }
    }

    @Test
    void exitsZeroAndRemovesItsWorkFolder() {
        assertThat(exitCode).isZero();
        assertThat(tmp.resolve("work")).doesNotExist();
    }

    @Test
    void everyInputEndsInExactlyOneOutcome() throws Exception {
        OutputFolder o = new OutputFolder(out);
        for (JsonNode label : labels) {
            String file = label.path("file").asString();
            int records = o.recordsOf(file).size();
            int rejections = o.rejectionsOf(file).size();
            assertThat(records > 0 ^ rejections > 0).as("exactly one outcome for %s", file).isTrue();
            assertThat(rejections).as("at most one rejection for %s", file).isLessThanOrEqualTo(1);
        }
        assertThat(o.rejectionsOf(duplicateName)).hasSize(1);
    }

    @Test
    void brokenInputsAreRejectedWithTheirReasonAndKept() throws Exception {
        OutputFolder o = new OutputFolder(out);
        Map<String, Set<String>> expected = Map.of("EMPTY", Set.of("EMPTY"), "TRUNCATED", Set.of("CORRUPT"),
                "ENCRYPTED", Set.of("ENCRYPTED"), "RANDOM_BYTES", Set.of("UNSUPPORTED_TYPE"),
                "ZIP_AS_PDF", Set.of("UNSUPPORTED_TYPE"));
        List<JsonNode> bad = labels.stream().filter(l -> l.path("file").asString().startsWith("bad/")).toList();
        assertThat(bad).hasSize(BadInput.values().length);
        Set<String> reasons = new HashSet<>();
        for (JsonNode label : bad) {
            String file = label.path("file").asString();
            List<JsonNode> r = o.rejectionsOf(file);
            assertThat(r).as(file).hasSize(1);
            assertThat(r.get(0).path("message").asString()).isNotBlank();
            assertThat(out.resolve("rejected").resolve(file)).exists();
            reasons.add(r.get(0).path("reason").asString());
        }
        assertThat(reasons).containsExactlyInAnyOrder("EMPTY", "CORRUPT", "ENCRYPTED", "UNSUPPORTED_TYPE");
        assertThat(expected.values().stream().flatMap(Set::stream)).containsAll(reasons);
        JsonNode dup = o.rejectionsOf(duplicateName).get(0);
        assertThat(dup.path("reason").asString()).isEqualTo("DUPLICATE");
    }

    @Test
    void textAndMailInputsAreReadWithoutOcr() throws Exception {
        OutputFolder o = new OutputFolder(out);
        for (String file : List.of("post/kuendigung.txt", "post/nachricht.eml")) {
            List<JsonNode> recs = o.recordsOf(file);
            assertThat(recs).as(file).hasSize(1);
            JsonNode r = recs.get(0);
            assertThat(r.path("ocr").path("skipped").asBoolean()).isTrue();
            assertThat(r.path("documentType").asString()).isEqualTo("KUENDIGUNG");
            assertThat(r.path("fields").path("terminationDate").path("value").asString()).isEqualTo("2025-03-31");
            assertThat(Files.readString(out.resolve(r.path("id").asString() + ".txt"))).contains("fristgerecht");
        }
    }

    @Test
    void batchFilesAreSplitAtSeparatorSheets() throws Exception {
        OutputFolder o = new OutputFolder(out);
        List<JsonNode> batches = labels.stream().filter(l -> l.has("documents") && l.path("documents").size() > 1)
                .toList();
        assertThat(batches).isNotEmpty();
        for (JsonNode label : batches) {
            Set<List<Integer>> want = new HashSet<>();
            label.path("documents").forEach(d -> want.add(OutputFolder.ints(d.path("pages"))));
            Set<List<Integer>> got = new HashSet<>();
            o.recordsOf(label.path("file").asString()).forEach(r -> got.add(OutputFolder.ints(r.path("source").path("pages"))));
            assertThat(got).as(label.path("file").asString()).isEqualTo(want);
        }
    }

    @Test
    void recordsFollowTheContractAndComeWithPdfAndText() throws Exception {
        List<JsonNode> records = new OutputFolder(out).records();
        assertThat(records).isNotEmpty();
        for (JsonNode r : records) {
            String id = r.path("id").asString();
            for (String key : List.of("id", "source", "documentType", "typeConfidence", "fields", "pageCount",
                    "language", "ocr", "review", "routing")) {
                assertThat(r.has(key)).as("%s has %s", id, key).isTrue();
            }
            assertThat(r.path("source").path("sha256").asString()).hasSize(64);
            assertThat(r.path("typeConfidence").asDouble()).isBetween(0.0, 1.0);
            r.path("fields").forEach(f -> {
                assertThat(f.path("value").asString()).isNotEmpty();
                assertThat(f.path("confidence").asDouble()).isBetween(0.0, 1.0);
            });
            JsonNode ocr = r.path("ocr");
            assertThat(ocr.path("pages")).as("confidence per page of %s", id).hasSize(r.path("pageCount").asInt());
            ocr.path("pages").forEach(p -> assertThat(p.path("meanConfidence").asDouble()).isBetween(0.0, 100.0));
            boolean low = !ocr.path("skipped").asBoolean() && ocr.path("meanConfidence").asDouble() < 60;
            assertThat(r.path("review").path("reasons").valueStream().map(JsonNode::asString).toList()
                    .contains("LOW_OCR_CONFIDENCE")).as("LOW_OCR_CONFIDENCE of %s (mean %s)", id,
                    ocr.path("meanConfidence")).isEqualTo(low);
            byte[] pdf = Files.readAllBytes(out.resolve(id + ".pdf"));
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            String text = Files.readString(out.resolve(id + ".txt"));
            long formFeeds = text.chars().filter(c -> c == '\f').count();
            assertThat(formFeeds).as("page separators in %s", id).isEqualTo(r.path("pageCount").asInt() - 1);
        }
    }

    @Test
    void recognisesTypesAndKeyFieldsOfGeneratedDocuments() throws Exception {
        OutputFolder o = new OutputFolder(out);
        int docs = 0, typeOk = 0, fieldsLabelled = 0, fieldsOk = 0;
        for (JsonNode label : labels) {
            if (label.path("file").asString().startsWith("bad/")) {
                continue;
            }
            List<JsonNode> recs = o.recordsOf(label.path("file").asString());
            for (JsonNode d : OutputFolder.expectedDocuments(label)) {
                List<Integer> pages = OutputFolder.ints(d.path("pages"));
                JsonNode rec = recs.stream().filter(r -> OutputFolder.ints(r.path("source").path("pages")).equals(pages))
                        .findFirst().orElse(null);
                docs++;
                if (rec == null) {
                    continue;
                }
                if (rec.path("documentType").asString().equals(d.path("documentType").asString())) {
                    typeOk++;
                }
                for (Map.Entry<String, JsonNode> f : d.path("fields").properties()) {
                    fieldsLabelled++;
                    String got = rec.path("fields").path(f.getKey()).path("value").asString("");
                    if (normalise(got).equals(normalise(f.getValue().asString()))) {
                        fieldsOk++;
                    }
                }
            }
        }
        assertThat(docs).isGreaterThanOrEqualTo(12);
        assertThat((double) typeOk / docs).as("type accuracy (%d/%d)", typeOk, docs).isGreaterThanOrEqualTo(0.8);
        assertThat((double) fieldsOk / fieldsLabelled).as("field recall (%d/%d)", fieldsOk, fieldsLabelled)
                .isGreaterThanOrEqualTo(0.6);
    }

    private static String normalise(String s) {
        return s.toLowerCase().replaceAll("[^\\p{L}\\p{N}.-]", "");
    }
}
