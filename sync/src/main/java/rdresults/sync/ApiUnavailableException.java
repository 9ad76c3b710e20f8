package rdresults.sync;

import rdresults.model.FailureCategory;

/**
 * The results API could not be reached or kept failing (connection refused, timeout, 5xx) after every retry.
 * {@link #status()} is the last HTTP status, or 0 when no response arrived at all.
 */
public class ApiUnavailableException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    private final int attempts;

    public ApiUnavailableException(String resource, String uri, int status, int attempts, String reason,
            Throwable cause) {
        super(resource, uri, status, resource + ": results API unavailable at " + uri + " after " + attempts
                + (attempts == 1 ? " attempt: " : " attempts: ") + reason, cause);
        this.attempts = attempts;
    }

    public int attempts() {
        return attempts;
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.UNAVAILABLE;
    }
}
