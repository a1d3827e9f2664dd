package de.kommune.intake.connector.tck;

import de.kommune.intake.connector.spi.ContentSource;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link ContentSource} that remembers every stream it opened, whether each was closed, and whether anything
 * read from a stream after closing it. A read after close fails with an {@link IOException}, as a real file
 * stream would.
 */
public final class TrackingContentSource implements ContentSource {

    private final String name;
    private final ContentSource delegate;
    private final List<TrackedStream> streams = new CopyOnWriteArrayList<>();

    public TrackingContentSource(String name, ContentSource delegate) {
        this.name = name;
        this.delegate = delegate;
    }

    @Override
    public InputStream openStream() throws IOException {
        TrackedStream stream = new TrackedStream(delegate.openStream());
        streams.add(stream);
        return stream;
    }

    @Override
    public long size() {
        return delegate.size();
    }

    @Override
    public String mediaType() {
        return delegate.mediaType();
    }

    /** The wrapped source, for reading the expected content without counting as the connector's stream. */
    public ContentSource delegate() {
        return delegate;
    }

    public String name() {
        return name;
    }

    /** How many streams were opened. */
    public int opened() {
        return streams.size();
    }

    /** How many of the opened streams were closed (at least once). */
    public int closed() {
        return (int) streams.stream().filter(s -> s.closed).count();
    }

    /** Human-readable contract violations: streams left open, reads after close. Empty when all is well. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < streams.size(); i++) {
            TrackedStream s = streams.get(i);
            if (!s.closed) {
                problems.add("stream #" + (i + 1) + " of " + name + " was opened but never closed");
            }
            if (s.readAfterClose) {
                problems.add("stream #" + (i + 1) + " of " + name + " was read after it was closed");
            }
        }
        return problems;
    }

    private static final class TrackedStream extends FilterInputStream {

        private volatile boolean closed;
        private volatile boolean readAfterClose;

        TrackedStream(InputStream in) {
            super(in);
        }

        private void ensureOpen() throws IOException {
            if (closed) {
                readAfterClose = true;
                throw new IOException("Stream closed");
            }
        }

        @Override
        public int read() throws IOException {
            ensureOpen();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            ensureOpen();
            return super.read(b, off, len);
        }

        @Override
        public long skip(long n) throws IOException {
            ensureOpen();
            return super.skip(n);
        }

        @Override
        public int available() throws IOException {
            ensureOpen();
            return super.available();
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
