package rdresults.sync.http;

import java.net.URI;

/**
 * Sees every HTTP exchange of a {@link ResultsApiClient}, retries included: for request counting, progress
 * display and tests. Implementations must be quick and must not throw.
 */
@FunctionalInterface
public interface RequestListener {

    /** A no-op listener. */
    RequestListener NONE = (resource, method, uri, status) -> { };

    /**
     * Called after a response arrived, or after an attempt failed without one ({@code status} 0).
     *
     * @param resource the sync resource the request belongs to, e.g. {@code loops}
     */
    void exchanged(String resource, String method, URI uri, int status);
}
