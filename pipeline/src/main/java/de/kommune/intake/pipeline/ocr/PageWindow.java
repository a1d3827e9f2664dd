package de.kommune.intake.pipeline.ocr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The pages of one input on their way through the page pool, in page order. The reader calls {@link #awaitSlot()}
 * before it renders the next page, so no more than {@code maxInFlight} page images exist at once however long the
 * input is (a 300-page PDF holds a few images, not 300).
 */
final class PageWindow<T> {

    private final ExecutorService pool;
    private final int maxInFlight;
    private final List<Future<T>> pages = new ArrayList<>();

    /** @param pool {@code null} = run each page in the calling thread */
    PageWindow(ExecutorService pool, int maxInFlight) {
        this.pool = pool;
        this.maxInFlight = Math.max(1, maxInFlight);
    }

    /** Blocks until fewer than {@code maxInFlight} submitted pages are unfinished. */
    void awaitSlot() throws IOException {
        long running = pages.stream().filter(f -> !f.isDone()).count();
        for (Future<T> f : pages) {
            if (running < maxInFlight) {
                return;
            }
            if (!f.isDone()) {
                unwrap(f);
                running--;
            }
        }
    }

    void submit(Callable<T> work) throws IOException {
        if (pool != null) {
            pages.add(pool.submit(work));
            return;
        }
        try {
            pages.add(CompletableFuture.completedFuture(work.call()));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page finished earlier (resumed from the store). */
    void addDone(T result) {
        pages.add(CompletableFuture.completedFuture(result));
    }

    List<T> results() throws IOException {
        List<T> results = new ArrayList<>(pages.size());
        for (Future<T> f : pages) {
            results.add(unwrap(f));
        }
        return results;
    }

    void cancelAll() {
        pages.forEach(f -> f.cancel(true));
    }

    private static <T> T unwrap(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for OCR", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
