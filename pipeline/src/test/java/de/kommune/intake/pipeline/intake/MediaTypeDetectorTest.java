package de.kommune.intake.pipeline.intake;

import de.kommune.intake.samples.BadInput;
import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.GeneratedDocument;
import de.kommune.intake.samples.SampleSet;
import de.kommune.intake.samples.channel.BadInputWriter;
import de.kommune.intake.samples.channel.Output;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class MediaTypeDetectorTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String ODT = "application/vnd.oasis.opendocument.text";

    private final MediaTypeDetector detector = new MediaTypeDetector();

    @TempDir
    Path tmp;

    @Test
    void aPdfNamedJpgIsAPdf() throws IOException {
        Path file = tmp.resolve("foto.jpg");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(file.toFile());
        }

        String type = detector.detect(file);

        assertThat(type).isEqualTo(MediaTypeDetector.PDF);
        assertThat(MediaTypeDetector.isSupported(type)).isTrue();
    }

    @Test
    void randomBytesNamedPdfAreUnsupported() throws IOException {
        GeneratedDocument doc = SampleSet.document(DocumentType.SONSTIGES, 1);
        BadInputWriter.write(BadInput.RANDOM_BYTES, doc, new Output(tmp), new Random(3));
        Path file = tmp.resolve("inputs/bad").resolve(BadInput.RANDOM_BYTES.fileName());

        String type = detector.detect(file);

        assertThat(type).isNotEqualTo(MediaTypeDetector.PDF);
        assertThat(MediaTypeDetector.isSupported(type)).isFalse();
    }

    @Test
    void aZipNamedPdfIsAZipAndUnsupported() throws IOException {
        GeneratedDocument doc = SampleSet.document(DocumentType.SONSTIGES, 1);
        BadInputWriter.write(BadInput.ZIP_AS_PDF, doc, new Output(tmp), new Random(3));

        String type = detector.detect(tmp.resolve("inputs/bad").resolve(BadInput.ZIP_AS_PDF.fileName()));

        assertThat(type).isEqualTo("application/zip");
        assertThat(MediaTypeDetector.isSupported(type)).isFalse();
    }

    @Test
    void anElfExecutableNamedPdfIsUnsupported() throws IOException {
        byte[] elf = new byte[256];
        System.arraycopy(new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        Path file = Files.write(tmp.resolve("rechnung.pdf"), elf);

        assertThat(MediaTypeDetector.isSupported(detector.detect(file))).isFalse();
    }

    @Test
    void imagesAreDetectedByContentNotByName() throws IOException {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
        Path jpeg = tmp.resolve("scan.png");
        Path png = tmp.resolve("scan.tif");
        Path tiff = tmp.resolve("scan.jpg");
        ImageIO.write(img, "jpeg", jpeg.toFile());
        ImageIO.write(img, "png", png.toFile());
        ImageIO.write(img, "tiff", tiff.toFile());

        assertThat(detector.detect(jpeg)).isEqualTo("image/jpeg");
        assertThat(detector.detect(png)).isEqualTo("image/png");
        assertThat(detector.detect(tiff)).isEqualTo("image/tiff");
        assertThat(MediaTypeDetector.isImage("image/jpeg")).isTrue();
        assertThat(MediaTypeDetector.isImage("image/png")).isTrue();
        assertThat(MediaTypeDetector.isImage("image/tiff")).isTrue();
        assertThat(MediaTypeDetector.isImage(MediaTypeDetector.PDF)).isFalse();
    }

    @Test
    void aDocxAssembledByHandIsDetectedAsDocx() throws IOException {
        Path file = tmp.resolve("antrag.bin");
        Files.write(file, zip(
                new Entry("[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                          <Default Extension="xml" ContentType="application/xml"/>
                          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                        </Types>""", false),
                new Entry("_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                        </Relationships>""", false),
                new Entry("word/document.xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                          <w:body><w:p><w:r><w:t>Weiterbewilligungsantrag</w:t></w:r></w:p></w:body>
                        </w:document>""", false)));

        String type = detector.detect(file);

        assertThat(type).isEqualTo(DOCX);
        assertThat(MediaTypeDetector.isTextDocument(type)).isTrue();
        assertThat(MediaTypeDetector.isSupported(type)).isTrue();
    }

    @Test
    void anOdtAssembledByHandIsDetectedAsOdt() throws IOException {
        Path file = tmp.resolve("brief.pdf");
        Files.write(file, zip(
                new Entry("mimetype", ODT, true),
                new Entry("META-INF/manifest.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                          <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
                          <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                        </manifest:manifest>""".formatted(ODT), false),
                new Entry("content.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                          <office:body><office:text><text:p>Mietvertrag</text:p></office:text></office:body>
                        </office:document-content>""", false)));

        String type = detector.detect(file);

        assertThat(type).isEqualTo(ODT);
        assertThat(MediaTypeDetector.isSupported(type)).isTrue();
    }

    @Test
    void plainTextIsSupported() throws IOException {
        Path file = Files.writeString(tmp.resolve("notiz.pdf"),
                "Sehr geehrte Damen und Herren,\nanbei meine Unterlagen für den Weiterbewilligungsantrag.\n"
                        + "Mit freundlichen Grüßen\nAnna-Lena Müller\n", StandardCharsets.UTF_8);

        String type = detector.detect(file);

        assertThat(type).isEqualTo("text/plain");
        assertThat(MediaTypeDetector.isSupported(type)).isTrue();
    }

    @Test
    void anEmailInTextFormIsRfc822() throws IOException {
        Path file = Files.writeString(tmp.resolve("mail.txt"), """
                From: Anna Mueller <anna@example.org>
                To: Jobcenter <post@jobcenter.example>
                Subject: Unterlagen BG 12345BG0012345
                Date: Mon, 1 Sep 2025 09:14:03 +0200
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                Sehr geehrte Damen und Herren,
                anbei der Kontoauszug.
                """.replace("\n", "\r\n"), StandardCharsets.UTF_8);

        String type = detector.detect(file);

        assertThat(type).isEqualTo("message/rfc822");
        assertThat(MediaTypeDetector.isTextDocument(type)).isTrue();
    }

    @Test
    void supportedTypesTable() {
        assertThat(MediaTypeDetector.isSupported(MediaTypeDetector.PDF)).isTrue();
        assertThat(MediaTypeDetector.isSupported("image/bmp")).isTrue();
        assertThat(MediaTypeDetector.isSupported("image/gif")).isTrue();
        assertThat(MediaTypeDetector.isSupported("application/rtf")).isTrue();
        assertThat(MediaTypeDetector.isSupported("text/html")).isTrue();
        assertThat(MediaTypeDetector.isSupported("application/zip")).isFalse();
        assertThat(MediaTypeDetector.isSupported("application/octet-stream")).isFalse();
        assertThat(MediaTypeDetector.isSupported("application/x-msdownload")).isFalse();
        assertThat(MediaTypeDetector.isSupported("image/webp")).isFalse();
        assertThat(MediaTypeDetector.isImage("application/pdf")).isFalse();
        assertThat(MediaTypeDetector.isTextDocument("image/png")).isFalse();
    }

    private record Entry(String name, String content, boolean stored) {
    }

    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bos)) {
            for (Entry e : entries) {
                byte[] data = e.content().getBytes(StandardCharsets.UTF_8);
                ZipEntry z = new ZipEntry(e.name());
                if (e.stored()) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    z.setMethod(ZipEntry.STORED);
                    z.setSize(data.length);
                    z.setCompressedSize(data.length);
                    z.setCrc(crc.getValue());
                }
                zip.putNextEntry(z);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return bos.toByteArray();
    }
}
