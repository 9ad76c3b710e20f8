package rdresults.model;

/**
 * Root of every exception the project throws. Each module has its own subtype so the edges (CLI exit codes,
 * API problem responses) can map failures by type, never by message text.
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
}
