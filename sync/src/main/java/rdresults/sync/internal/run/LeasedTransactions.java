package rdresults.sync.internal.run;

import java.time.Instant;
import rdresults.sync.SqlDialect;
import rdresults.sync.SyncDatabase;
import rdresults.sync.SyncLockedException;
import rdresults.sync.internal.db.SyncLock;

/**
 * The run's work on the consumer database: each transaction first renews the run lock, so a run whose lock another
 * run took over (its lease ran out) writes nothing.
 */
public final class LeasedTransactions {

    private final DbSession session;
    private final SyncLock lock;

    public LeasedTransactions(DbSession session, SyncLock lock) {
        this.session = session;
        this.lock = lock;
    }

    SqlDialect dialect() {
        return session.db().dialect();
    }

    /** Runs {@code work} in auto-commit mode, without renewing the lock (reads, and a failure's own record). */
    <T> T withConnection(String operation, SyncDatabase.Work<T> work) {
        return session.withConnection(operation, work);
    }

    /** Renews the lock and runs {@code work} in the same transaction; fails when another run took the lock over. */
    <T> T inTransaction(String operation, SyncDatabase.Work<T> work) {
        return session.inTransaction(operation, c -> {
            if (!lock.renew(c)) {
                SyncLock.Holder h = lock.holder(c).orElse(new SyncLock.Holder("nobody", Instant.EPOCH));
                throw new SyncLockedException(session.db().maskedUrl(), h.owner(), h.expiresAt());
            }
            return work.run(c);
        });
    }
}
