package rdresults.sync;

import java.util.List;
import org.jboss.logging.Logger;
import rdresults.sync.catalog.LoopRows;
import rdresults.sync.catalog.SnapshotRows;
import rdresults.sync.db.StateRow;
import rdresults.sync.http.ApiResponse;

/**
 * {@code loop_result} from the loop catalog, the one that grows large. A conditional {@code HEAD} tells whether the
 * catalog changed (one request, no body, when it did not). When it did, the catalog is listed in keyset pages
 * ({@code limit} + {@code cursor}), each entry mapped as it is parsed, and applied in one transaction.
 *
 * <p>Why a full listing rather than {@code since}: marking vanished loops deleted needs the complete key set, and
 * the API has no key-only listing; moreover the loop entries the exporters write carry no timestamps, which is what
 * {@code since} filters on. Only changed rows are written either way. A listing that straddles a catalog reload
 * (the envelope's {@code generated_at_utc} differs between pages, or the ETag moved) is restarted.
 */
final class LoopSync implements ResourceSync {

    private static final Logger LOG = Logger.getLogger(LoopSync.class);
    private static final int MAX_LISTINGS = 3;
    private static final SyncResource LOOPS = SyncResource.LOOPS;

    private final LoopRows mapper = new LoopRows();

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
        String etag = probe.etag();
        for (int listing = 1; listing <= MAX_LISTINGS; listing++) {
            SnapshotRows rows = list(ctx);
            if (rows != null) {
                ApiResponse after = ctx.head(LOOPS, LOOPS.path(), etag);
                if (after.isNotModified() || etag.isEmpty()) {
                    return ctx.apply(LoopRows.SPEC, rows.rows(), List.of(new SyncContext.Applied(LOOPS, etag, null,
                            rows.duplicates(), rows.size(), null)));
                }
                etag = after.etag();
            }
            LOG.debugf("loops: catalog changed while it was listed; listing again (%d of %d)", listing,
                    MAX_LISTINGS);
        }
        throw new ApiUnavailableException(LOOPS.resourceName(), probe.uri().toString(), 200, MAX_LISTINGS,
                "the loop catalog changed during each of " + MAX_LISTINGS + " listings", null);
    }

    /** One full listing, or null when the catalog generation changed between pages. */
    private SnapshotRows list(SyncContext ctx) {
        SnapshotRows rows = new SnapshotRows(LOOPS.resourceName());
        boolean complete = new LoopPages(ctx).read("", ctx.options().pageSize(),
                (entry, index) -> rows.add(mapper, LOOPS.listKey(), entry, index));
        return complete ? rows : null;
    }

    private static void requireFound(ApiResponse r) {
        if (r.isNotFound()) {
            throw new ApiStatusException(LOOPS.resourceName(), r.uri().toString(), 404, "not found");
        }
    }
}
