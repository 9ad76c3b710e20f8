package rdresults.sync.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.jboss.logging.Logger;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;
import rdresults.sync.ApiStatusException;
import rdresults.sync.ApiUnavailableException;
import rdresults.sync.SyncInterruptedException;

/**
 * Talks to the read-only results API over the JDK {@link HttpClient}: conditional requests ({@code If-None-Match}),
 * gzip, an optional bearer token, timeouts, and retries with exponential backoff on connection errors, timeouts,
 * 429 and 5xx. Thread-safe; one instance per API.
 *
 * <p>Results: 200 and 304 are returned, and so is 404 (the caller decides whether the resource is optional). Any
 * other status is an {@link ApiStatusException}; exhausted retries are an {@link ApiUnavailableException}.
 */
public final class ResultsApiClient {

    private static final Logger LOG = Logger.getLogger(ResultsApiClient.class);
    private static final String USER_AGENT = "rdagent-results-sync";

    /** Waits between attempts; replaced in tests. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final ApiClientConfig config;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final RequestListener listener;
    private final AtomicLong requests = new AtomicLong();

    private ResultsApiClient(ApiClientConfig config, HttpClient http, Sleeper sleeper, RequestListener listener) {
        this.config = config;
        this.http = http;
        this.sleeper = sleeper;
        this.listener = listener;
    }

    /** A client for the API described by {@code config}. */
    public static ResultsApiClient create(ApiClientConfig config) {
        return create(config, RequestListener.NONE);
    }

    /** A client that reports every exchange to {@code listener}. */
    public static ResultsApiClient create(ApiClientConfig config, RequestListener listener) {
        return create(config, listener, d -> Thread.sleep(d.toMillis()));
    }

    static ResultsApiClient create(ApiClientConfig config, RequestListener listener, Sleeper sleeper) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        return new ResultsApiClient(config, http, sleeper, listener);
    }

    public ApiClientConfig config() {
        return config;
    }

    /** HTTP exchanges made so far, retries included. */
    public long requestCount() {
        return requests.get();
    }

    /**
     * {@code GET base + pathAndQuery}, conditional when {@code etag} is not empty.
     *
     * @param resource names the resource in errors and listener calls
     */
    public ApiResponse get(String resource, String pathAndQuery, String etag) {
        return exchange(resource, "GET", pathAndQuery, etag);
    }

    /** {@code HEAD}: the ETag of a resource without its body (304 when {@code etag} is current). */
    public ApiResponse head(String resource, String pathAndQuery, String etag) {
        return exchange(resource, "HEAD", pathAndQuery, etag);
    }

    private ApiResponse exchange(String resource, String method, String pathAndQuery, String etag) {
        URI uri = URI.create(config.baseUri() + pathAndQuery);
        HttpRequest request = request(method, uri, etag);
        RetryPolicy retry = config.retry();
        String reason = "";
        int lastStatus = 0;
        Exception lastCause = null;
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            if (attempt > 1) {
                pause(resource, retry.backoffAfter(attempt - 1));
            }
            requests.incrementAndGet();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (HttpTimeoutException e) {
                listener.exchanged(resource, method, uri, 0);
                reason = "timed out (" + e.getMessage() + ")";
                lastStatus = 0;
                lastCause = e;
                LOG.debugf("%s: %s %s attempt %d timed out", resource, method, uri, attempt);
                continue;
            } catch (IOException e) {
                listener.exchanged(resource, method, uri, 0);
                reason = "connection failed (" + describe(e) + ")";
                lastStatus = 0;
                lastCause = e;
                LOG.debugf("%s: %s %s attempt %d failed: %s", resource, method, uri, attempt, describe(e));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncInterruptedException(resource + ": request to " + uri, e);
            }
            int status = response.statusCode();
            listener.exchanged(resource, method, uri, status);
            if (status == 200 || status == 304 || status == 404) {
                return new ApiResponse(uri, status, response.headers().firstValue("ETag").orElse(""),
                        status == 200 ? response.body() : new byte[0], status == 200 && isGzip(response), attempt);
            }
            if (status == 429 || status >= 500) {
                reason = "HTTP " + status + detailOf(resource, uri, response);
                lastStatus = status;
                lastCause = null;
                LOG.debugf("%s: %s %s attempt %d answered %d", resource, method, uri, attempt, status);
                continue;
            }
            throw new ApiStatusException(resource, uri.toString(), status,
                    detailOf(resource, uri, response).replaceFirst("^: ", ""));
        }
        throw new ApiUnavailableException(resource, uri.toString(), lastStatus, retry.maxAttempts(), reason,
                lastCause);
    }

    private HttpRequest request(String method, URI uri, String etag) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(config.requestTimeout())
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", USER_AGENT)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (etag != null && !etag.isEmpty()) {
            b.header("If-None-Match", etag);
        }
        config.token().ifPresent(t -> b.header("Authorization", "Bearer " + t));
        return b.build();
    }

    private void pause(String resource, Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncInterruptedException(resource + ": waiting to retry", e);
        }
    }

    private static boolean isGzip(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Encoding").map(v -> v.trim().equalsIgnoreCase("gzip"))
                .orElse(false);
    }

    private static byte[] decode(String resource, URI uri, HttpResponse<byte[]> response) {
        byte[] body = response.body();
        if (!isGzip(response) || body == null || body.length == 0) {
            return body; // HEAD answers carry the GET's Content-Encoding but no body
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ApiUnavailableException(resource, uri.toString(), response.statusCode(), 1,
                    "gzip body cannot be decompressed (" + e.getMessage() + ")", e);
        }
    }

    /** {@code ": <detail>"} from a problem+json body, or empty. */
    private static String detailOf(String resource, URI uri, HttpResponse<byte[]> response) {
        byte[] raw = response.body();
        if (raw == null || raw.length == 0) {
            return "";
        }
        try {
            byte[] body = decode(resource, uri, response);
            JsonNode problem = PythonJson.parse(body, uri.toString());
            JsonNode detail = problem.path("detail");
            return detail.isTextual() ? ": " + detail.asText() : "";
        } catch (InvalidInputException | ApiUnavailableException e) {
            return "";
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isEmpty() ? "" : ": " + m);
    }
}
