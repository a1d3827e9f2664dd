package de.kommune.intake.pipeline.delivery;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ShownFontsTest {

    private static Optional<Set<String>> shown(String content) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            page.setResources(new PDResources());
            page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1))));
            return ShownFonts.of(page, page.getResources());
        }
    }

    @Test
    void aFontCountsOnlyWhenGlyphsAreShownWithIt() throws IOException {
        assertThat(shown("BT /F1 12 Tf 14.4 TL ET BT /F2 10 Tf (Bescheid) Tj ET")).contains(Set.of("F2"));
        assertThat(shown("BT /F1 12 Tf [(Be) -20 (scheid)] TJ ET")).contains(Set.of("F1"));
        assertThat(shown("BT /F1 12 Tf () Tj [() 5] TJ ET")).contains(Set.of());
        assertThat(shown("BT /F1 12 Tf (a) ' /F3 9 Tf 1 2 (b) \" ET")).contains(Set.of("F1", "F3"));
    }

    @Test
    void theFontIsPartOfTheGraphicsStateThatQRestores() throws IOException {
        assertThat(shown("BT /F1 12 Tf ET q BT /F2 9 Tf ET Q BT (x) Tj ET")).contains(Set.of("F1"));
    }

    @Test
    void whatTheStreamCannotTellGivesNoAnswer() throws IOException {
        assertThat(shown("BT (drawn with the caller's font) Tj ET")).isEmpty();
        assertThat(shown("/GS1 gs BT (x) Tj ET")).as("a graphics state not in the resources").isEmpty();
        assertThat(shown("BT /F1 12 Tf ET /Fm1 Do")).as("a form may draw with the selected font")
                .contains(Set.of("F1"));
    }
}
