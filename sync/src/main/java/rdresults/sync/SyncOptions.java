package rdresults.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import rdresults.sync.internal.db.LockOwner;

/**
 * How a {@link SyncRunner} runs.
 *
 * @param pageSize    page size ({@code limit}, 1..10000) of the changed loop entries fetched with {@code since}
 * @param lockLease   how long the run lock stays valid without renewal; a dead run's lock frees after this
 * @param lockWait    how long {@code once()} waits for a run holding the lock before failing
 * @param fullRefresh ignore stored ETags and fetch everything (still writes only what differs)
 * @param owner       identifies this run in {@code sync_lock} and messages
 */
public record SyncOptions(int pageSize, Duration lockLease, Duration lockWait, boolean fullRefresh, String owner,
        Clock clock, SyncListener listener) {

    public SyncOptions {
        if (pageSize < 1 || pageSize > 10_000) {
            throw new IllegalArgumentException("pageSize must be between 1 and 10000, got " + pageSize);
        }
        if (lockLease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("lockLease must be at least 1s, got " + lockLease);
        }
        if (lockWait.isNegative()) {
            throw new IllegalArgumentException("lockWait must not be negative");
        }
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(listener, "listener");
    }

    /** Pages of 500, a 10-minute lease, 60 s lock wait, conditional requests, the system UTC clock. */
    public static SyncOptions defaults() {
        return new SyncOptions(500, Duration.ofMinutes(10), Duration.ofSeconds(60), false, defaultOwner(),
                Clock.systemUTC(), SyncListener.NONE);
    }

    public SyncOptions withPageSize(int size) {
        return new SyncOptions(size, lockLease, lockWait, fullRefresh, owner, clock, listener);
    }

    public SyncOptions withLock(Duration lease, Duration wait) {
        return new SyncOptions(pageSize, lease, wait, fullRefresh, owner, clock, listener);
    }

    public SyncOptions withFullRefresh(boolean full) {
        return new SyncOptions(pageSize, lockLease, lockWait, full, owner, clock, listener);
    }

    public SyncOptions withOwner(String name) {
        return new SyncOptions(pageSize, lockLease, lockWait, fullRefresh, name, clock, listener);
    }

    public SyncOptions withClock(Clock c) {
        return new SyncOptions(pageSize, lockLease, lockWait, fullRefresh, owner, c, listener);
    }

    public SyncOptions withListener(SyncListener l) {
        return new SyncOptions(pageSize, lockLease, lockWait, fullRefresh, owner, clock, l);
    }

    /** {@code host/pid/random}: unique per run, readable in {@code sync_lock}. */
    public static String defaultOwner() {
        return LockOwner.localHost() + "/" + ProcessHandle.current().pid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
