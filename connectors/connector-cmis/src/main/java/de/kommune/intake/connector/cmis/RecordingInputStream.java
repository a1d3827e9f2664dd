package de.kommune.intake.connector.cmis;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Remembers whether reading the content failed. OpenCMIS reports a failing upload stream as a connection problem;
 * this tells a broken content store apart from an unreachable server.
 */
final class RecordingInputStream extends FilterInputStream {

    private volatile IOException failure;

    RecordingInputStream(InputStream in) {
        super(in);
    }

    IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }
}
