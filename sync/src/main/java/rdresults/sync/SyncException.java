package rdresults.sync;

import rdresults.model.RdrException;

/**
 * Root of every failure the sync library reports. Subtypes say what failed and carry the resource, field, HTTP
 * status or database operation as fields, so the CLI maps them to exit codes by type.
 */
public abstract class SyncException extends RdrException {

    private static final long serialVersionUID = 1L;

    protected SyncException(String message) {
        super(message);
    }

    protected SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
