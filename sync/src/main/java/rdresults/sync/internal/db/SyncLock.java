package rdresults.sync.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A lease in {@code sync_lock} that lets one sync run at a time write a consumer database, across processes and
 * hosts. Taking it is one atomic {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE} that succeeds only when the row
 * is absent, expired, or already ours. Every resource transaction renews it ({@link #renew}) inside the same
 * transaction as its writes: a run whose lease was taken over (it stalled past the lease) cannot commit anymore.
 * A run that dies without releasing is replaced once its lease expires, or at once when its owner names a process
 * of this host that no longer runs ({@link LockOwner}, {@link #takeOver}).
 */
public final class SyncLock {

    /** Who holds a lock, when it is not us. */
    public record Holder(String owner, Instant expiresAt) {
    }

    private static final String ACQUIRE_SQL = """
            INSERT INTO sync_lock (name, owner, acquired_at_ms, expires_at_ms) VALUES (?, ?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, acquired_at_ms = excluded.acquired_at_ms,
                expires_at_ms = excluded.expires_at_ms
            WHERE sync_lock.expires_at_ms < excluded.acquired_at_ms OR sync_lock.owner = excluded.owner""";

    private static final String HOLDER_SQL = """
            SELECT owner, expires_at_ms FROM sync_lock WHERE name = ?""";

    private static final String RENEW_SQL = """
            UPDATE sync_lock SET expires_at_ms = ? WHERE name = ? AND owner = ?""";

    private static final String TAKE_OVER_SQL = """
            UPDATE sync_lock SET owner = ?, acquired_at_ms = ?, expires_at_ms = ? WHERE name = ? AND owner = ?""";

    private static final String RELEASE_SQL = """
            DELETE FROM sync_lock WHERE name = ? AND owner = ?""";

    private final String name;
    private final String owner;
    private final Duration lease;
    private final Clock clock;

    public SyncLock(String name, String owner, Duration lease, Clock clock) {
        this.name = name;
        this.owner = owner;
        this.lease = lease;
        this.clock = clock;
    }

    public String owner() {
        return owner;
    }

    /** Tries once to take the lease (auto-commit connection). @return true when we hold it now */
    public boolean tryAcquire(Connection c) throws SQLException {
        long now = clock.millis();
        try (PreparedStatement ps = c.prepareStatement(ACQUIRE_SQL)) {
            ps.setString(1, name);
            ps.setString(2, owner);
            ps.setLong(3, now);
            ps.setLong(4, now + lease.toMillis());
            return ps.executeUpdate() == 1;
        }
    }

    /** The current holder, if any. */
    public Optional<Holder> holder(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HOLDER_SQL)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Holder(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))))
                        : Optional.empty();
            }
        }
    }

    /**
     * Takes the lease from {@code deadOwner} whatever its expiry, only if it still holds it (compare and set:
     * of two runs taking over the same dead owner, one wins). The caller decides the owner is dead.
     *
     * @return true when we hold it now
     */
    public boolean takeOver(Connection c, String deadOwner) throws SQLException {
        long now = clock.millis();
        try (PreparedStatement ps = c.prepareStatement(TAKE_OVER_SQL)) {
            ps.setString(1, owner);
            ps.setLong(2, now);
            ps.setLong(3, now + lease.toMillis());
            ps.setString(4, name);
            ps.setString(5, deadOwner);
            return ps.executeUpdate() == 1;
        }
    }

    /** Extends the lease inside the caller's transaction. @return false when the lease is no longer ours */
    public boolean renew(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RENEW_SQL)) {
            ps.setLong(1, clock.millis() + lease.toMillis());
            ps.setString(2, name);
            ps.setString(3, owner);
            return ps.executeUpdate() == 1;
        }
    }

    /** Gives the lease up (auto-commit connection); a no-op when it is no longer ours. */
    public void release(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RELEASE_SQL)) {
            ps.setString(1, name);
            ps.setString(2, owner);
            ps.executeUpdate();
        }
    }
}
