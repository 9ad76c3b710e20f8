package rdresults.sync.internal.loop;

import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import rdresults.sync.ApiStatusException;
import rdresults.sync.ApiUnavailableException;
import rdresults.sync.internal.run.ResourceStore;
import rdresults.sync.internal.run.ResourceSync;
import rdresults.sync.internal.run.SnapshotSync;
import rdresults.sync.internal.run.SyncContext;
import rdresults.sync.SyncResource;
import rdresults.sync.internal.catalog.LoopRows;
import rdresults.sync.internal.db.StateRow;
import rdresults.sync.internal.db.StoredRows;
import rdresults.sync.http.ApiResponse;
import rdresults.sync.report.ResourceReport;

/**
 * {@code loop_result} from the loop catalog, the one that grows large.
 *
 * <p>After a first sync, a conditional {@code HEAD} tells whether the catalog changed: one request, no body, no
 * write when it did not. When it did, only the changes are fetched ({@link DeltaLoopListing}): the key set with each
 * key's {@code updated_at_utc}, compared with the stored rows, then the changed entries through the API's
 * {@code since} filter. New keys, keys with another {@code updated_at_utc} and keys that come back after being
 * deleted are written; stored keys the key set lacks are marked deleted; the other rows are not touched. This relies
 * on the exporters' {@code updated_at_utc} changing whenever an entry does; a full refresh compares every entry. A
 * listing that straddles a catalog reload (pages from different {@code generated_at_utc}, or another ETag at a
 * {@code HEAD} after the last page) is restarted, up to {@value #MAX_LISTINGS} times.
 *
 * <p>The whole catalog is fetched instead, as one body like the other catalogs ({@link SnapshotSync}: its ETag is
 * the catalog's, it is parsed as a stream and only differing rows are written), on the first sync, on a full
 * refresh, and when the changes cannot be asked for or trusted: an older API refuses {@code fields}, changed
 * entries lack {@code updated_at_utc}, or a changed entry is missing from the {@code since} pages. Whole or delta,
 * the result is applied in one transaction.
 */
public final class LoopSync implements ResourceSync {

    private static final Logger LOG = Logger.getLogger(LoopSync.class);
    private static final int MAX_LISTINGS = 3;
    private static final SyncResource LOOPS = SyncResource.LOOPS;

    private final SnapshotSync whole = new SnapshotSync(LOOPS, new LoopRows());
    private final DeltaLoopListing delta = new DeltaLoopListing();

    @Override
    public List<SyncResource> resources() {
        return List.of(LOOPS);
    }

    @Override
    public List<ResourceReport> run(SyncContext ctx) {
        StateRow prev = ctx.store().current(LOOPS);
        String stored = ctx.etagFor(prev);
        if (stored.isEmpty()) {
            return whole.fetch(ctx, "");
        }
        ApiResponse probe = ctx.api().head(LOOPS, LOOPS.path(), stored);
        if (probe.isNotModified()) {
            return ctx.store().notModified(List.of(LOOPS));
        }
        if (probe.isNotFound()) {
            throw new ApiStatusException(LOOPS.resourceName(), probe.uri().toString(), 404, "not found");
        }
        Map<String, StoredRows.Stored> rows = ctx.store().stored(LoopRows.SPEC, "updated_at_utc");
        if (rows.isEmpty()) {
            return whole.fetch(ctx, "");
        }
        String etag = probe.etag();
        for (int listing = 1; listing <= MAX_LISTINGS; listing++) {
            LoopListing result = delta.list(ctx, rows);
            if (result instanceof LoopListing.FallBack fallBack) {
                LOG.infof("loops: %s; fetching the whole catalog", fallBack.reason());
                return whole.fetch(ctx, "");
            }
            if (result instanceof LoopListing.Listed listed) {
                ApiResponse after = ctx.api().head(LOOPS, LOOPS.path(), etag);
                if (after.isNotModified() || etag.isEmpty()) {
                    return ctx.store().applyDelta(LoopRows.SPEC, listed.rows(), listed.gone(),
                            new ResourceStore.Applied(LOOPS, etag, null, listed.duplicates(), listed.liveRows(), null));
                }
                etag = after.etag();
            }
            LOG.debugf("loops: catalog changed while it was listed; listing again (%d of %d)", listing,
                    MAX_LISTINGS);
        }
        throw new ApiUnavailableException(LOOPS.resourceName(), probe.uri().toString(), 200, MAX_LISTINGS,
                "the loop catalog changed during each of " + MAX_LISTINGS + " listings", null);
    }
}
