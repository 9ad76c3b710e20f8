package rdresults.sync.internal.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import rdresults.sync.SyncDatabase;
import rdresults.sync.SyncDatabaseException;
import rdresults.sync.internal.db.Migrator;

/**
 * One connection to the consumer database for the length of a run: each resource transaction runs on it in turn.
 * Reusing it spares a connect per step and, on SQLite, the checkpoint the last connection of a WAL database does
 * whenever it closes.
 */
public final class DbSession implements AutoCloseable {

    private final SyncDatabase db;
    private final Connection connection;

    private DbSession(SyncDatabase db, Connection connection) {
        this.db = db;
        this.connection = connection;
    }

    public static DbSession open(SyncDatabase db) {
        try {
            return new DbSession(db, db.connect());
        } catch (SQLException e) {
            throw new SyncDatabaseException(db.maskedUrl(), "connecting", e);
        }
    }

    SyncDatabase db() {
        return db;
    }

    public Migrator.Result migrate() {
        return withConnection("schema migration",
                c -> Migrator.standard(Clock.systemUTC()).migrate(c, db.dialect()));
    }

    /** Runs {@code work} in auto-commit mode. */
    public <T> T withConnection(String operation, SyncDatabase.Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new SyncDatabaseException(db.maskedUrl(), operation, e);
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(String operation, SyncDatabase.Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new SyncDatabaseException(db.maskedUrl(), operation, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new SyncDatabaseException(db.maskedUrl(), "closing the connection", e);
        }
    }
}
