package rdresults.api.catalog;

import java.util.concurrent.atomic.AtomicBoolean;

/** A snapshot whose bytes stay on disk until {@link #close()}: what a response or a page holds while it reads them. */
public final class CatalogLease implements AutoCloseable {

    private final CatalogSnapshot snapshot;
    private final AtomicBoolean closed = new AtomicBoolean();

    CatalogLease(CatalogSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public CatalogSnapshot snapshot() {
        return snapshot;
    }

    /** Releases the reference once, however often it is called (a response may end and fail). */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            snapshot.bytes().release();
        }
    }
}
