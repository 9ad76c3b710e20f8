package rdresults.sync.internal.run;

import rdresults.sync.SyncOptions;
import rdresults.sync.internal.db.StateRow;

/**
 * What the resource syncs of one run share, each part with one job: the API requests (counted per resource), the
 * resources' store (state rows, stored rows, the writes that end a sync) and the options.
 */
public record SyncContext(ApiRequests api, ResourceStore store, SyncOptions options) {

    /** The ETag to send: the stored one, or none for a full refresh. */
    public String etagFor(StateRow s) {
        return options.fullRefresh() || s.etag() == null ? "" : s.etag();
    }
}
