package rdresults.sync;

/** A request to the results API that failed: which resource, which URI, and the HTTP status (0: no response). */
public abstract class ApiCallException extends SyncException {

    private static final long serialVersionUID = 1L;

    private final String resource;
    private final String uri;
    private final int status;

    protected ApiCallException(String resource, String uri, int status, String message, Throwable cause) {
        super(message, cause);
        this.resource = resource;
        this.uri = uri;
        this.status = status;
    }

    public String resource() {
        return resource;
    }

    public String uri() {
        return uri;
    }

    /** The (last) HTTP status seen, 0 when the failure was a connection error or a timeout. */
    public int status() {
        return status;
    }
}
