package rdresults.model;

/**
 * Root of every exception the project throws. Each carries its {@link FailureCategory}, so the edges (CLI exit codes,
 * API problem responses) map failures by category, never by type order or message text.
 *
 * <p>Messages are written for the person who must act: what failed, on which thing, why.
 */
public abstract class RdrException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected RdrException(String message) {
        super(message);
    }

    protected RdrException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What kind of failure this is; each concrete exception decides. */
    public abstract FailureCategory category();
}
