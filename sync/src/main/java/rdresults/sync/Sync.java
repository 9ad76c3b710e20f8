package rdresults.sync;

import rdresults.sync.http.ApiClientConfig;
import rdresults.sync.http.ResultsApiClient;
import rdresults.sync.report.SyncReport;

/**
 * The sync's entry point for embedding: one run from a results API into a consumer database. {@link SyncRunner},
 * {@link ResultsApiClient} and {@link SyncDatabase} stay available for callers that need a token, timeouts or
 * retries.
 */
public final class Sync {

    private Sync() {
    }

    /**
     * Pulls every resource of the API at {@code apiUrl} (e.g. {@code http://127.0.0.1:9000}) into the database at
     * {@code jdbcUrl} ({@code jdbc:sqlite:...} or {@code jdbc:postgresql:...}), migrating its schema first.
     *
     * @return per-resource outcomes; a resource that failed is in the report, not thrown
     * @throws SyncException when the database fails, its lock stays taken, or the schema cannot be migrated
     */
    public static SyncReport once(String apiUrl, String jdbcUrl, SyncOptions options) {
        ResultsApiClient client = ResultsApiClient.create(ApiClientConfig.of(apiUrl));
        return SyncRunner.create(client, SyncDatabase.open(jdbcUrl), options).once();
    }
}
