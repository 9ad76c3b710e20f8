package rdresults.sync;

import rdresults.model.FailureCategory;

/** The consumer database schema cannot be brought to the version this library needs. */
public class MigrationException extends SyncException {

    private static final long serialVersionUID = 1L;

    private final int version;

    public MigrationException(int version, String message) {
        super(message);
        this.version = version;
    }

    public MigrationException(int version, String message, Throwable cause) {
        super(message, cause);
        this.version = version;
    }

    /** The migration version concerned. */
    public int version() {
        return version;
    }

    /** A consumer schema that cannot be migrated. */
    @Override
    public FailureCategory category() {
        return FailureCategory.BAD_INPUT;
    }
}
