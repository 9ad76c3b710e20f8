package rdresults.sync;

/**
 * The results API answered with a status that retrying cannot fix (401, 403, 400, an unexpected 404...). The
 * message includes the problem detail the API sent, when it sent one.
 */
public class ApiStatusException extends SyncException {

    private static final long serialVersionUID = 1L;

    private final String resource;
    private final String uri;
    private final int status;

    public ApiStatusException(String resource, String uri, int status, String detail) {
        super(resource + ": results API answered " + status + " for " + uri + (detail.isEmpty() ? "" : ": " + detail));
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

    public int status() {
        return status;
    }
}
