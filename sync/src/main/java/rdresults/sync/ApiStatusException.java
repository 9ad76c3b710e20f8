package rdresults.sync;

import rdresults.model.FailureCategory;

/**
 * The results API answered with a status that retrying cannot fix (401, 403, 400, an unexpected 404...). The
 * message includes the problem detail the API sent, when it sent one.
 */
public class ApiStatusException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    public ApiStatusException(String resource, String uri, int status, String detail) {
        super(resource, uri, status, resource + ": results API answered " + status + " for " + uri
                + (detail.isEmpty() ? "" : ": " + detail), null);
    }

    /** The API refused: what the run needs is not available to it; the report calls it API_REJECTED. */
    @Override
    public FailureCategory category() {
        return FailureCategory.UNAVAILABLE;
    }
}
