package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.pipeline.ledger.DocumentRecord;
import de.kommune.intake.pipeline.ledger.FileLedger;
import de.kommune.intake.pipeline.ledger.HistoryEntry;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.model.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InputCompletionTest {

    private static final Instant AT = Instant.parse("2025-03-01T09:14:03Z");

    @TempDir
    Path root;

    private FileLedger ledger;
    private InputCompletion completion;

    @BeforeEach
    void setUp() {
        ledger = new FileLedger(root, JsonMapper.builder().findAndAddModules().build());
        completion = new InputCompletion(ledger);
    }

    private void input(List<String> documentIds) {
        ledger.saveInput(new InputRecord("in-1", "batch.pdf", "batch", "ab", 10, AT, Outcome.PROCESSING, null, null,
                documentIds, documentIds == null ? 0 : 4,
                List.of(new HistoryEntry(AT, Outcome.RECEIVED, "intake", "batch"))));
    }

    private void document(String id, Outcome status) {
        ledger.saveDocument(new DocumentRecord(id, "in-1", List.of(1), status, "KONTOAUSZUG", List.of(), null,
                List.of(new HistoryEntry(AT, status, "deliver", "x"))));
    }

    private InputRecord record() {
        return ledger.input("in-1").orElseThrow();
    }

    @Test
    void allDocumentsFiledMakesTheInputFiled() {
        input(List.of("d1", "d2"));
        document("d1", Outcome.FILED);
        document("d2", Outcome.FILED);

        completion.documentFinished("in-1");

        InputRecord r = record();
        assertThat(r.status()).isEqualTo(Outcome.FILED);
        HistoryEntry last = r.history().get(r.history().size() - 1);
        assertThat(last.status()).isEqualTo(Outcome.FILED);
        assertThat(last.stage()).isEqualTo("deliver");
        assertThat(last.detail()).isEqualTo("2 document(s)");
    }

    @Test
    void oneDocumentInReviewMakesTheInputReview() {
        input(List.of("d1", "d2", "d3"));
        document("d1", Outcome.FILED);
        document("d2", Outcome.REVIEW);
        document("d3", Outcome.FILED);

        completion.documentFinished("in-1");

        assertThat(record().status()).isEqualTo(Outcome.REVIEW);
    }

    @Test
    void everyDocumentRejectedInReviewMakesTheInputRejectedButOneFiledMakesItFiled() {
        input(List.of("d1", "d2"));
        document("d1", Outcome.REJECTED);
        document("d2", Outcome.REJECTED);

        completion.documentFinished("in-1");

        assertThat(record().status()).isEqualTo(Outcome.REJECTED);
        assertThat(record().rejectReason()).isEqualTo(InputCompletion.REJECTED_IN_REVIEW);

        input(List.of("d1", "d3"));
        document("d3", Outcome.FILED);
        completion.documentFinished("in-1");
        assertThat(record().status()).isEqualTo(Outcome.FILED);
    }

    @Test
    void nothingIsWrittenWhileADocumentIsPending() {
        input(List.of("d1", "d2"));
        document("d1", Outcome.REVIEW);
        document("d2", Outcome.PROCESSING);
        InputRecord before = record();

        completion.documentFinished("in-1");

        assertThat(record()).isEqualTo(before);
    }

    @Test
    void nothingIsWrittenWhileADocumentRecordIsMissing() {
        input(List.of("d1", "d2"));
        document("d1", Outcome.FILED);
        InputRecord before = record();

        completion.documentFinished("in-1");

        assertThat(record()).isEqualTo(before);
    }

    @Test
    void nothingIsWrittenBeforeTheInputWasSplit() {
        input(null);
        InputRecord before = record();

        completion.documentFinished("in-1");

        assertThat(record()).isEqualTo(before);
    }

    @Test
    void aFinishedInputIsNotFinishedTwice() {
        input(List.of("d1"));
        document("d1", Outcome.FILED);
        completion.documentFinished("in-1");
        InputRecord once = record();
        // a late redelivery finds a document in review now: the outcome is already decided
        document("d1", Outcome.REVIEW);

        completion.documentFinished("in-1");

        assertThat(record()).isEqualTo(once);
        assertThat(record().history()).hasSize(2);
    }

    @Test
    void anUnknownInputCreatesNoRecord() {
        completion.documentFinished("in-unknown");

        assertThat(ledger.input("in-unknown")).isEmpty();
        assertThat(ledger.inputs()).isEmpty();
    }
}
