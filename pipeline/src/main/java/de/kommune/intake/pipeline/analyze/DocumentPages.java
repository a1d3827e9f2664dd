package de.kommune.intake.pipeline.analyze;

import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.model.PageResult;
import de.kommune.intake.pipeline.store.ContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Loads the stored page results that make up one document. */
public final class DocumentPages {

    private final ContentStore store;
    private final ObjectMapper json;

    public DocumentPages(ContentStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    public List<PageResult> load(DocumentTicket ticket) throws IOException {
        List<PageResult> pages = new ArrayList<>();
        for (int page : ticket.sourcePages()) {
            pages.add(json.readValue(store.read(StoreKeys.pageResult(ticket.input().inputId(), page)),
                    PageResult.class));
        }
        return pages;
    }
}
