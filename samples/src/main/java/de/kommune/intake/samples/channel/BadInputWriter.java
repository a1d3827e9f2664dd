package de.kommune.intake.samples.channel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

import de.kommune.intake.samples.BadInput;
import de.kommune.intake.samples.GeneratedDocument;
import de.kommune.intake.samples.SampleLabel;
import de.kommune.intake.samples.render.PdfMeta;
import de.kommune.intake.samples.render.PdfPageWriter;

/** bad: inputs that cannot be processed and must end in rejected/ (empty, truncated, encrypted, not a PDF). */
public final class BadInputWriter {

    private BadInputWriter() {
    }

    /** {@code doc} supplies content for the kinds that start from a real PDF. */
    public static SampleLabel write(BadInput kind, GeneratedDocument doc, Output out, Random rnd) throws IOException {
        Path file = out.input("bad", kind.fileName());
        switch (kind) {
            case EMPTY -> Files.write(file, new byte[0]);
            case TRUNCATED -> {
                byte[] pdf = pdfBytes(doc);
                byte[] cut = new byte[pdf.length * 2 / 5 + 64];
                System.arraycopy(pdf, 0, cut, 0, pdf.length * 2 / 5);
                for (int i = pdf.length * 2 / 5; i < cut.length; i++) {
                    cut[i] = (byte) rnd.nextInt(256);
                }
                Files.write(file, cut);
            }
            case ENCRYPTED -> {
                try (PDDocument pdf = PdfPageWriter.toDocument(doc.pages())) {
                    AccessPermission ap = new AccessPermission();
                    StandardProtectionPolicy policy = new StandardProtectionPolicy("eigentuemer-" + rnd.nextInt(1000),
                            "geheim" + rnd.nextInt(100), ap);
                    policy.setEncryptionKeyLength(128);
                    pdf.protect(policy);
                    pdf.save(file.toFile());
                }
            }
            case RANDOM_BYTES -> {
                byte[] junk = new byte[4096 + rnd.nextInt(8192)];
                rnd.nextBytes(junk);
                junk[0] = 0x7F;
                Files.write(file, junk);
            }
            case ZIP_AS_PDF -> {
                ByteArrayOutputStream bos = new ByteArrayOutputStream();
                try (ZipOutputStream zip = new ZipOutputStream(bos)) {
                    ZipEntry e = new ZipEntry("scan_001.txt");
                    e.setTime(0);
                    zip.putNextEntry(e);
                    zip.write(doc.fullText().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
                Files.write(file, bos.toByteArray());
            }
        }
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("badKind", kind.id());
        return new SampleLabel("bad/" + kind.fileName(), "bad", 0, List.of(), null, List.of("rejected"), notes);
    }

    private static byte[] pdfBytes(GeneratedDocument doc) throws IOException {
        try (PDDocument pdf = PdfPageWriter.toDocument(doc.pages())) {
            PdfMeta.set(pdf, "LibreOffice 7.6", null);
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            pdf.save(bos);
            return bos.toByteArray();
        }
    }
}
