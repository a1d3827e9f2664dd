package de.kommune.intake.pipeline.persistence;

import de.kommune.intake.pipeline.review.DeliveryOutbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The approval outbox against a real (embedded) PostgreSQL, with a broker stand-in that takes or refuses. */
class DeliveryOutboxTest {

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private volatile Set<String> refused = Set.of();
    private DeliveryOutbox outbox;

    @BeforeEach
    void setUp() throws Exception {
        TestDatabase.jdbc().sql("TRUNCATE delivery_outbox").update();
        outbox = new DeliveryOutbox(TestDatabase.jdbc(), TestDatabase.tx(), message -> {
            if (refused.contains(message)) {
                throw new IllegalStateException("broker refuses");
            }
            sent.add(message);
        });
    }

    @Test
    void aNewerMessageForTheSameDocumentReplacesTheWaitingOne() {
        outbox.add("d1", "first");
        outbox.add("d1", "second");
        assertThat(outbox.flush("d1")).isTrue();
        assertThat(sent).containsExactly("second");
        assertThat(outbox.pending()).isZero();
        assertThat(outbox.flush("d1")).as("nothing waits any more").isFalse();
    }

    @Test
    void aRefusedSendKeepsTheMessageAndDrainSendsItInOrderLater() throws Exception {
        outbox.add("d1", "m1");
        Thread.sleep(5);
        outbox.add("d2", "m2");
        Thread.sleep(5);
        outbox.add("d3", "m3");
        refused = Set.of("m2");

        assertThat(outbox.drain()).as("stops at the first refusal").isEqualTo(1);
        assertThat(sent).containsExactly("m1");
        assertThat(outbox.pending()).isEqualTo(2);
        assertThat(TestDatabase.jdbc().sql("SELECT attempts FROM delivery_outbox WHERE document_id = 'd2'")
                .query(Integer.class).single()).isEqualTo(1);

        refused = Set.of();
        assertThat(outbox.drain()).isEqualTo(2);
        assertThat(sent).containsExactly("m1", "m2", "m3");
        assertThat(outbox.pending()).isZero();
    }

    @Test
    void aMessageAnotherSenderHoldsIsNotSentTwice() throws Exception {
        outbox.add("d1", "m1");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var tx = TestDatabase.tx();
        var jdbc = TestDatabase.jdbc();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = other.submit(() -> tx.executeWithoutResult(s -> {
                try {
                    jdbc.sql("SELECT 1 FROM delivery_outbox WHERE document_id = 'd1' FOR UPDATE")
                            .query(Integer.class).single();
                    locked.countDown();
                    release.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(outbox.flush("d1")).isFalse();
            assertThat(outbox.drain()).isZero();
            assertThat(sent).isEmpty();
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
        assertThat(outbox.flush("d1")).isTrue();
        assertThat(sent).containsExactly("m1");
    }

    @Test
    void aDocumentCountsAsWaitingUntilItsMessageWasSent() {
        outbox.add("d1", "m1");
        refused = Set.of("m1");
        assertThat(outbox.flush("d1")).isFalse();
        assertThat(outbox.waiting("d1")).as("refused: still waiting").isTrue();
        assertThat(outbox.waiting("d2")).isFalse();

        refused = Set.of();
        assertThat(outbox.flush("d1")).isTrue();
        assertThat(outbox.waiting("d1")).isFalse();
    }

    @Test
    void aDecisionThatRollsBackLeavesNoMessage() throws Exception {
        assertThatThrownBy(() -> TestDatabase.tx().executeWithoutResult(s -> {
            outbox.add("d1", "m1");
            throw new IllegalStateException("decision failed");
        })).hasMessage("decision failed");
        assertThat(outbox.pending()).isZero();
    }
}
