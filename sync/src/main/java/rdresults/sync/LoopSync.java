package rdresults.sync;

import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import rdresults.sync.catalog.LoopRows;
import rdresults.sync.db.StateRow;
import rdresults.sync.db.StoredRows;
import rdresults.sync.http.ApiResponse;

/**
 * {@code loop_result} from the loop catalog, the one that grows large. A conditional {@code HEAD} tells whether the
 * catalog changed: one request, no body, no write when it did not.
 *
 * <p>When it changed and the table holds loops from an earlier run, only the delta is fetched
 * ({@link DeltaLoopListing}): the key set with each key's {@code updated_at_utc}, compared with the stored rows,
 * then the changed entries through the API's {@code since} filter. New keys, keys with another
 * {@code updated_at_utc} and keys that come back after being deleted are written; stored keys the key set lacks are
 * marked deleted; the other rows are not touched. It relies on the exporters' {@code updated_at_utc} changing
 * whenever an entry does; {@code SyncOptions.fullRefresh} compares every entry regardless.
 *
 * <p>The whole catalog is listed ({@link FullLoopListing}: keyset pages of {@code SyncOptions.pageSize}, only
 * differing rows written) on the first sync, on a full refresh, and when the delta cannot be asked for or trusted
 * (an older API that refuses {@code fields}, changed entries without {@code updated_at_utc}, a changed entry missing
 * from the {@code since} pages). Either way the result is applied in one transaction. A listing that straddles a
 * catalog reload (pages from different {@code generated_at_utc}, or a different ETag after the last page) is
 * restarted, up to {@value #MAX_LISTINGS} times.
 */
final class LoopSync implements ResourceSync {

    private static final Logger LOG = Logger.getLogger(LoopSync.class);
    private static final int MAX_LISTINGS = 3;
    private static final SyncResource LOOPS = SyncResource.LOOPS;

    private final FullLoopListing full = new FullLoopListing();
    private final DeltaLoopListing delta = new DeltaLoopListing();

    @Override
    public List<SyncResource> resources() {
        return List.of(LOOPS);
    }

    @Override
    public List<ResourceReport> run(SyncContext ctx) {
        StateRow prev = ctx.current(LOOPS);
        ApiResponse probe = ctx.head(LOOPS, LOOPS.path(), ctx.etagFor(prev));
        if (probe.isNotModified()) {
            return ctx.notModified(List.of(LOOPS));
        }
        requireFound(probe);
        Map<String, StoredRows.Stored> stored = ctx.options().fullRefresh() ? Map.of()
                : ctx.stored(LoopRows.SPEC, "updated_at_utc");
        boolean incremental = !stored.isEmpty();
        String etag = probe.etag();
        for (int listing = 1; listing <= MAX_LISTINGS; listing++) {
            LoopListing result = incremental ? delta.list(ctx, stored) : full.list(ctx);
            if (result instanceof LoopListing.FallBack fallBack) {
                LOG.infof("loops: %s; listing the whole catalog", fallBack.reason());
                incremental = false;
                result = full.list(ctx);
            }
            if (result instanceof LoopListing.Listed listed) {
                ApiResponse after = ctx.head(LOOPS, LOOPS.path(), etag);
                if (after.isNotModified() || etag.isEmpty()) {
                    return listed.apply(ctx, etag);
                }
                etag = after.etag();
            }
            LOG.debugf("loops: catalog changed while it was listed; listing again (%d of %d)", listing,
                    MAX_LISTINGS);
        }
        throw new ApiUnavailableException(LOOPS.resourceName(), probe.uri().toString(), 200, MAX_LISTINGS,
                "the loop catalog changed during each of " + MAX_LISTINGS + " listings", null);
    }

    private static void requireFound(ApiResponse r) {
        if (r.isNotFound()) {
            throw new ApiStatusException(LOOPS.resourceName(), r.uri().toString(), 404, "not found");
        }
    }
}
