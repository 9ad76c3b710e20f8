package rdresults.sync.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * One answer of the results API: 200 with a body, 304 without one, or 404. The body is kept as it came over the
 * wire (gzip when the API compressed it): a 47 MB catalog arrives as ~2 MB, and {@link #openBody()} inflates it
 * while it is parsed instead of holding it inflated.
 *
 * @param content  the body as received, empty for 304 and HEAD
 * @param gzip     whether {@code content} is gzip-compressed
 * @param etag     the strong ETag the API sent, empty when it sent none
 * @param attempts HTTP exchanges it took, retries included
 */
public record ApiResponse(URI uri, int status, String etag, byte[] content, boolean gzip, int attempts) {

    private static final int INFLATE_BUFFER = 64 * 1024;

    public ApiResponse {
        etag = etag == null ? "" : etag;
        content = content == null ? new byte[0] : content;
        gzip = gzip && content.length > 0;
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

    /** The body, inflated; read with {@link #openBody()} where it may be large. */
    public byte[] body() {
        try (InputStream in = openBody()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("gzip body of " + uri + " cannot be decompressed", e);
        }
    }

    /**
     * The body as a stream, inflated as it is read.
     *
     * @throws IOException when a gzip body is corrupt (also while reading)
     */
    public InputStream openBody() throws IOException {
        InputStream raw = new ByteArrayInputStream(content);
        return gzip ? new GZIPInputStream(raw, INFLATE_BUFFER) : raw;
    }
}
