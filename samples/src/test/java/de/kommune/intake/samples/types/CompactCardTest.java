package de.kommune.intake.samples.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

import de.kommune.intake.samples.DocumentType;
import de.kommune.intake.samples.GeneratedDocument;

class CompactCardTest {

    @Test
    void aPhotographedCardWithABgStickerStaysOnePage() {
        int withSticker = 0;
        for (int seed = 0; seed < 200; seed++) {
            for (DocumentFactory.BgMark mark : DocumentFactory.BgMark.values()) {
                GenContext ctx = new GenContext(new Random(seed), LocalDate.of(2025, 6, 30), true);
                GeneratedDocument doc = DocumentFactory.create(DocumentType.AUSWEIS, ctx, mark);
                assertThat(doc.pages()).as("seed %d, %s", seed, mark).hasSize(1);
                if (ctx.bgNumber.equals(doc.fields().get("bgNumber")) && mark.name().toLowerCase().equals(doc.notes().get("bgMark"))) {
                    withSticker++;
                }
            }
        }
        assertThat(withSticker).isEqualTo(200 * DocumentFactory.BgMark.values().length);
    }
}
