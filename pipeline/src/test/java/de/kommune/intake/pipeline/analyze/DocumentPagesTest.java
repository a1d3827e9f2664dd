package de.kommune.intake.pipeline.analyze;

import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.OcrWord;
import de.kommune.intake.pipeline.model.PageResult;
import de.kommune.intake.pipeline.store.FileContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentPagesTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @TempDir
    Path tmp;

    private static final InputTicket INPUT = new InputTicket("in-1", "a.pdf", "batch", "ab", 1, Instant.EPOCH, null);

    @Test
    void loadsTheStoredPagesOfTheDocumentInItsOrderAndIntact() throws Exception {
        FileContentStore store = new FileContentStore(tmp);
        for (int p = 1; p <= 5; p++) {
            PageResult r = new PageResult(p, "Seite " + p, List.of(new OcrWord("Seite", 1, 2, 3, 4, 91.5f, 0)),
                    PageResult.OCR, 91.5, 100, 200, 300, List.of("QR_CODE:x"), p == 3, List.of("render:300dpi"));
            store.put(StoreKeys.pageResult("in-1", p), json.writeValueAsBytes(r));
        }

        List<PageResult> pages = new DocumentPages(store, json).load(new DocumentTicket("d", INPUT, List.of(4, 5)));

        assertThat(pages).extracting(PageResult::page).containsExactly(4, 5);
        assertThat(pages.get(0)).isEqualTo(new PageResult(4, "Seite 4", List.of(new OcrWord("Seite", 1, 2, 3, 4,
                91.5f, 0)), PageResult.OCR, 91.5, 100, 200, 300, List.of("QR_CODE:x"), false, List.of("render:300dpi")));
    }

    @Test
    void aMissingPageIsAnError() {
        FileContentStore store = new FileContentStore(tmp);

        assertThatThrownBy(() -> new DocumentPages(store, json).load(new DocumentTicket("d", INPUT, List.of(1))))
                .isInstanceOf(NoSuchFileException.class);
    }
}
