package de.kommune.intake.connector.cmis;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of locks shared by every connector instance in the JVM, picked by a key's hash: work on one key
 * (a document's idempotency key, a folder path) takes turns, work on different keys rarely waits.
 */
final class StripedLocks {

    private final ReentrantLock[] locks;

    StripedLocks(int stripes) {
        locks = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    ReentrantLock forKey(String key) {
        return locks[Math.floorMod(key.hashCode(), locks.length)];
    }
}
