package rdresults.sync.http;

import java.net.URI;
import java.util.Optional;

/**
 * One answer of the results API: 200 with a (decompressed) body, 304 without one, or 404.
 *
 * @param etag     the strong ETag the API sent, empty when it sent none
 * @param attempts HTTP exchanges it took, retries included
 */
public record ApiResponse(URI uri, int status, String etag, byte[] body, int attempts) {

    public ApiResponse {
        etag = etag == null ? "" : etag;
        body = body == null ? new byte[0] : body;
    }

    public boolean isNotModified() {
        return status == 304;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    /** The ETag, when the API sent one. */
    public Optional<String> findEtag() {
        return etag.isEmpty() ? Optional.empty() : Optional.of(etag);
    }
}
