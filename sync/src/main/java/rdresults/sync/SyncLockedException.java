package rdresults.sync;

import java.time.Instant;
import rdresults.model.FailureCategory;

/** Another sync run holds the database's sync lock and did not release it within the wait time. */
public class SyncLockedException extends SyncException {

    private static final long serialVersionUID = 1L;

    private final String holder;
    private final Instant expiresAt;

    public SyncLockedException(String database, String holder, Instant expiresAt) {
        super("another sync run holds the lock on " + database + " (" + holder + ", lease until " + expiresAt
                + "); try again later, or wait for the lease to expire if that run died");
        this.holder = holder;
        this.expiresAt = expiresAt;
    }

    /** The owner string of the run holding the lock (host, process id, start time). */
    public String holder() {
        return holder;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** Another run holds the lock. */
    @Override
    public FailureCategory category() {
        return FailureCategory.UNAVAILABLE;
    }
}
