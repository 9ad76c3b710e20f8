package rdresults.cli.sync;

import java.net.URI;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import rdresults.sync.SyncOptions;
import rdresults.sync.http.ApiClientConfig;
import rdresults.sync.http.ResultsApiClient;
import rdresults.sync.http.RetryPolicy;

/**
 * How a sync run talks to the results API: {@code --api}, {@code --token} (or {@code RDR_API_TOKEN}),
 * {@code --timeout}, {@code --retries}, {@code --full-refresh}.
 */
public final class SyncRunOptions {

    /** The environment variable {@code --token} defaults to. */
    static final String TOKEN_VARIABLE = "RDR_API_TOKEN";

    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_RETRIES = 10;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--api", paramLabel = "URL", required = true, converter = ApiUrlConverter.class,
            description = "The results API root, e.g. http://127.0.0.1:9000 ('rdr serve').")
    URI api;

    @Option(names = "--token", paramLabel = "T", defaultValue = "${env:" + TOKEN_VARIABLE + "}",
            description = "Bearer token, when the API requires one (its rdr.api.token); default: the "
                    + TOKEN_VARIABLE + " environment variable, which other users cannot see in the process list.")
    String token;

    @Option(names = "--timeout", paramLabel = "D", defaultValue = "60s", converter = DurationConverter.class,
            description = "Longest wait for one response, e.g. 30s, 2m, PT1M (default: ${DEFAULT-VALUE}); "
                    + "connecting waits at most 5s of it.")
    Duration timeout;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retries of a request after a connection error, a timeout, 429 or 5xx, waiting 0.5s, "
                    + "1s, 2s, ... in between; 0 to " + MAX_RETRIES + " (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--full-refresh",
            description = "Ignore the stored ETags and fetch every catalog (still writes only rows that differ).")
    boolean fullRefresh;

    /** The API root, without a trailing slash. */
    public URI api() {
        return api;
    }

    /**
     * A client for the API with the timeouts and retries asked for.
     *
     * @throws ParameterException {@code --retries} out of range
     */
    public ResultsApiClient client() {
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new ParameterException(mixee.commandLine(), "--retries must be between 0 and " + MAX_RETRIES
                    + ", got " + retries);
        }
        Duration connect = timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT;
        RetryPolicy retry = new RetryPolicy(retries + 1, Duration.ofMillis(500), Duration.ofSeconds(8), 2.0);
        return ResultsApiClient.create(ApiClientConfig.of(api.toString()).withBearerToken(token)
                .withTimeouts(connect, timeout).withRetry(retry));
    }

    /** The library's defaults (lock, page size), with {@code --full-refresh}. */
    public SyncOptions syncOptions() {
        return SyncOptions.defaults().withFullRefresh(fullRefresh);
    }
}
