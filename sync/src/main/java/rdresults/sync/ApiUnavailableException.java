package rdresults.sync;

/**
 * The results API could not be reached or kept failing (connection refused, timeout, 5xx) after every retry.
 * {@link #status()} is the last HTTP status, or 0 when no response arrived at all.
 */
public class ApiUnavailableException extends SyncException {

    private static final long serialVersionUID = 1L;

    private final String resource;
    private final String uri;
    private final int status;
    private final int attempts;

    public ApiUnavailableException(String resource, String uri, int status, int attempts, String reason,
            Throwable cause) {
        super(resource + ": results API unavailable at " + uri + " after " + attempts
                + (attempts == 1 ? " attempt: " : " attempts: ") + reason, cause);
        this.resource = resource;
        this.uri = uri;
        this.status = status;
        this.attempts = attempts;
    }

    public String resource() {
        return resource;
    }

    public String uri() {
        return uri;
    }

    /** The last HTTP status seen, 0 when the failure was a connection error or a timeout. */
    public int status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }
}
