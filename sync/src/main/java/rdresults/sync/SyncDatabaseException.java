package rdresults.sync;

import java.sql.SQLException;
import rdresults.model.FailureCategory;

/**
 * The consumer database failed: it cannot be opened, or a statement failed. The URL in the message is masked
 * (no password). The transaction in progress was rolled back.
 */
public class SyncDatabaseException extends SyncException {

    private static final long serialVersionUID = 1L;

    private final String database;
    private final String operation;
    private final String sqlState;

    public SyncDatabaseException(String database, String operation, SQLException cause) {
        super(operation + " failed on " + database + ": " + cause.getMessage(), cause);
        this.database = database;
        this.operation = operation;
        this.sqlState = cause.getSQLState() == null ? "" : cause.getSQLState();
    }

    /** A failure outside JDBC (e.g. creating the SQLite file's folder). */
    public SyncDatabaseException(String database, String operation, java.io.IOException cause) {
        super(operation + " failed on " + database + ": " + cause.getMessage(), cause);
        this.database = database;
        this.operation = operation;
        this.sqlState = "";
    }

    /** The masked JDBC URL. */
    public String database() {
        return database;
    }

    public String operation() {
        return operation;
    }

    /** The SQLSTATE of the cause, empty when the driver gave none. */
    public String sqlState() {
        return sqlState;
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.UNAVAILABLE;
    }
}
