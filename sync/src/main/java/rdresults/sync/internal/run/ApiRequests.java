package rdresults.sync.internal.run;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import rdresults.sync.ApiStatusException;
import rdresults.sync.ApiUnavailableException;
import rdresults.sync.SyncResource;
import rdresults.sync.http.ApiResponse;
import rdresults.sync.http.ResultsApiClient;

/** The run's requests to the results API, counted per resource (retries included) for sync_state and the report. */
public final class ApiRequests {

    private final ResultsApiClient client;
    private final Map<SyncResource, Integer> counts = new EnumMap<>(SyncResource.class);

    public ApiRequests(ResultsApiClient client) {
        this.client = client;
    }

    /** GET, counting its exchanges for {@code r}. */
    public ApiResponse get(SyncResource r, String pathAndQuery, String etag) {
        return counted(r, () -> client.get(r.resourceName(), pathAndQuery, etag));
    }

    /** HEAD, counting its exchanges for {@code r}. */
    public ApiResponse head(SyncResource r, String pathAndQuery, String etag) {
        return counted(r, () -> client.head(r.resourceName(), pathAndQuery, etag));
    }

    /** The exchanges made for {@code r} so far. */
    public int count(SyncResource r) {
        return counts.getOrDefault(r, 0);
    }

    private ApiResponse counted(SyncResource r, Supplier<ApiResponse> call) {
        try {
            ApiResponse response = call.get();
            counts.merge(r, response.attempts(), Integer::sum);
            return response;
        } catch (ApiUnavailableException e) {
            counts.merge(r, e.attempts(), Integer::sum);
            throw e;
        } catch (ApiStatusException e) {
            counts.merge(r, 1, Integer::sum);
            throw e;
        }
    }
}
