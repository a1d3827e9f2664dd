package de.kommune.intake.pipeline.ocr;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bound on page images in memory while a long input is OCR'd on the page pool. */
class PageWindowTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aLongInputNeverHasMorePagesInFlightThanTheBound() throws IOException {
        PageWindow<Integer> window = new PageWindow<>(pool, 3);
        AtomicInteger alive = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        Random random = new Random(7);
        for (int page = 1; page <= 300; page++) {
            window.awaitSlot();
            // "rendering" the page: from here until its work ends, its image is in memory
            peak.accumulateAndGet(alive.incrementAndGet(), Math::max);
            int n = page;
            long work = random.nextInt(3);
            window.submit(() -> {
                Thread.sleep(work);
                alive.decrementAndGet();
                return n;
            });
        }

        assertThat(window.results()).containsExactlyElementsOf(IntStream.rangeClosed(1, 300).boxed().toList());
        assertThat(peak.get()).as("page images alive at once").isLessThanOrEqualTo(3).isGreaterThanOrEqualTo(2);
    }

    @Test
    void pagesResumedFromTheStoreKeepTheirPlace() throws IOException {
        PageWindow<String> window = new PageWindow<>(pool, 2);
        window.addDone("p1");
        window.submit(() -> "p2");
        window.addDone("p3");

        assertThat(window.results()).containsExactly("p1", "p2", "p3");
    }

    @Test
    void aFailedPageFailsTheInputWithItsOwnException() throws IOException {
        PageWindow<String> window = new PageWindow<>(pool, 2);
        window.submit(() -> "ok");
        window.submit(() -> {
            throw new IOException("page image unreadable");
        });

        assertThatThrownBy(window::results).isInstanceOf(IOException.class).hasMessage("page image unreadable");
    }

    @Test
    void withoutAPoolPagesRunInTheCaller() throws IOException {
        PageWindow<String> window = new PageWindow<>(null, 1);
        String caller = Thread.currentThread().getName();
        window.submit(() -> Thread.currentThread().getName());

        assertThat(window.results()).isEqualTo(List.of(caller));
    }
}
