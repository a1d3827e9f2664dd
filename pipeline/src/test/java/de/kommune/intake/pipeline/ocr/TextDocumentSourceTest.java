package de.kommune.intake.pipeline.ocr;

import de.kommune.intake.pipeline.model.InputRejectedException;
import de.kommune.intake.pipeline.model.RejectReason;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDocumentSourceTest {

    @TempDir
    Path tmp;

    private static String text(SourcePage page) {
        assertThat(page).isInstanceOf(SourcePage.Text.class);
        SourcePage.Text t = (SourcePage.Text) page;
        assertThat(t.origin()).isEqualTo("EXTRACTED");
        return t.text();
    }

    @Test
    void plainTextIsOnePageOfExtractedText() throws IOException {
        Path file = Files.writeString(tmp.resolve("notiz.txt"),
                "Sehr geehrte Damen und Herren,\nanbei der Kontoauszug für März.\n", StandardCharsets.UTF_8);

        try (TextDocumentSource source = new TextDocumentSource(file, "text/plain")) {
            assertThat(source.pageCount()).isEqualTo(1);
            assertThat(text(source.page(0))).contains("anbei der Kontoauszug für März.");
        }
    }

    @Test
    void formFeedsBecomePageBreaksAndBlankPagesAreDropped() throws IOException {
        Path file = Files.writeString(tmp.resolve("seiten.txt"), "Seite eins\fSeite zwei\f \f\fSeite drei",
                StandardCharsets.UTF_8);

        try (TextDocumentSource source = new TextDocumentSource(file, "text/plain")) {
            assertThat(source.pageCount()).isEqualTo(3);
            assertThat(text(source.page(0))).isEqualTo("Seite eins");
            assertThat(text(source.page(2))).isEqualTo("Seite drei");
        }
        try (TextDocumentSource source = new TextDocumentSource(file, "text/plain")) {
            for (int i = 0; i < source.pageCount(); i++) {
                assertThat(text(source.page(i))).doesNotContain("\uFFFD");
            }
        }
    }

    @Test
    void anEmptyDocumentStillHasOneBlankPage() throws IOException {
        Path file = Files.writeString(tmp.resolve("leer.txt"), "   \n", StandardCharsets.UTF_8);

        try (TextDocumentSource source = new TextDocumentSource(file, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")) {
            assertThat(source.pageCount()).isEqualTo(1);
            assertThat(text(source.page(0))).isEmpty();
        }
    }

    @Test
    void aDocxYieldsItsParagraphs() throws IOException {
        Path file = tmp.resolve("antrag.docx");
        Files.write(file, zip(
                "[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                          <Default Extension="xml" ContentType="application/xml"/>
                          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                        </Types>""",
                "_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                        </Relationships>""",
                "word/document.xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                          <w:body>
                            <w:p><w:r><w:t>Weiterbewilligungsantrag</w:t></w:r></w:p>
                            <w:p><w:r><w:t>BG-Nummer: 12345BG0012345</w:t></w:r></w:p>
                          </w:body>
                        </w:document>"""));

        try (TextDocumentSource source = new TextDocumentSource(file, "message/rfc822")) {
            String text = text(source.page(0));
            assertThat(text).contains("Weiterbewilligungsantrag").contains("BG-Nummer: 12345BG0012345");
        }
    }

    @Test
    void anEmailYieldsItsBody() throws IOException {
        Path file = Files.writeString(tmp.resolve("mail.eml"), """
                From: Anna Mueller <anna@example.org>
                To: Jobcenter <post@jobcenter.example>
                Subject: Unterlagen
                Date: Mon, 1 Sep 2025 09:14:03 +0200
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                Anbei die Lohnabrechnung für August.
                """.replace("\n", "\r\n"), StandardCharsets.UTF_8);

        try (TextDocumentSource source = new TextDocumentSource(file, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")) {
            assertThat(text(source.page(0))).contains("Anbei die Lohnabrechnung für August.");
        }
    }

    @Test
    void aBrokenOfficeFileIsCorrupt() throws IOException {
        byte[] zip = zip("[Content_Types].xml", "<Types");
        Path file = Files.write(tmp.resolve("kaputt.docx"), java.util.Arrays.copyOf(zip, zip.length / 2));

        assertThatThrownBy(() -> new TextDocumentSource(file, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.CORRUPT));
    }

    private static byte[] zip(String... nameAndContent) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bos)) {
            for (int i = 0; i < nameAndContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry(nameAndContent[i]));
                zip.write(nameAndContent[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bos.toByteArray();
    }
}
