package rdresults.sync.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the results API is and how to talk to it.
 *
 * @param baseUri        the service root, e.g. {@code http://127.0.0.1:9000} (a trailing slash is dropped)
 * @param bearerToken    the {@code rdr.api.token} of the service, empty when it requires none
 * @param connectTimeout how long to wait for a TCP connection
 * @param requestTimeout how long to wait for one whole response
 * @param retry          what to do on connection errors, timeouts and 5xx
 */
public record ApiClientConfig(URI baseUri, String bearerToken, Duration connectTimeout, Duration requestTimeout,
        RetryPolicy retry) {

    public ApiClientConfig {
        Objects.requireNonNull(baseUri, "baseUri");
        String scheme = baseUri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || baseUri.getHost() == null) {
            throw new IllegalArgumentException("API URL must be an absolute http(s) URL, got '" + baseUri + "'");
        }
        String s = baseUri.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        baseUri = URI.create(s);
        bearerToken = bearerToken == null ? "" : bearerToken.trim();
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        Objects.requireNonNull(retry, "retry");
    }

    /** Defaults: no token, 5 s connect timeout, 60 s request timeout, {@link RetryPolicy#defaults()}. */
    public static ApiClientConfig of(String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("API URL is not a valid URL: '" + baseUrl + "'", e);
        }
        return new ApiClientConfig(uri, "", Duration.ofSeconds(5), Duration.ofSeconds(60), RetryPolicy.defaults());
    }

    public ApiClientConfig withBearerToken(String token) {
        return new ApiClientConfig(baseUri, token, connectTimeout, requestTimeout, retry);
    }

    public ApiClientConfig withTimeouts(Duration connect, Duration request) {
        return new ApiClientConfig(baseUri, bearerToken, connect, request, retry);
    }

    public ApiClientConfig withRetry(RetryPolicy policy) {
        return new ApiClientConfig(baseUri, bearerToken, connectTimeout, requestTimeout, policy);
    }

    /** The token, when one is configured. */
    public Optional<String> token() {
        return bearerToken.isEmpty() ? Optional.empty() : Optional.of(bearerToken);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "ApiClientConfig[" + baseUri + (bearerToken.isEmpty() ? "" : ", token=***") + ", connect="
                + connectTimeout + ", request=" + requestTimeout + ", " + retry + "]";
    }
}
