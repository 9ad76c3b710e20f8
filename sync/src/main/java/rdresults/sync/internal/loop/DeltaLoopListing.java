package rdresults.sync.internal.loop;

import java.util.Map;
import rdresults.sync.ApiStatusException;
import rdresults.sync.internal.run.SyncContext;
import rdresults.sync.SyncResource;
import rdresults.sync.internal.catalog.EntryReader;
import rdresults.sync.internal.catalog.LoopRows;
import rdresults.sync.internal.catalog.SnapshotRows;
import rdresults.sync.internal.db.Row;
import rdresults.sync.internal.db.StoredRows;

/**
 * Lists only what changed in the loop catalog since the stored rows. First the key set, each key with its
 * {@code updated_at_utc} ({@code fields=task_run_id,loop_id,workspace_id,updated_at_utc}, pages of 10000, about
 * 150 bytes a loop), compared with the stored rows ({@link LoopDelta}); then, when keys changed, the entries the API
 * filters with {@code since=<the oldest changed updated_at_utc>}, of which the changed ones are kept.
 *
 * <p>It gives up for the whole catalog when the delta cannot be asked for or trusted: the API refuses {@code fields}
 * (400, an API older than key listings), a changed key has no {@code updated_at_utc} (its change cannot be placed
 * in time), the API refuses the {@code since} value (400: an {@code updated_at_utc} that is no time), or the
 * {@code since} pages lack a changed key.
 */
final class DeltaLoopListing {

    /** The most entries the API returns per page ({@code PageRequest.MAX_LIMIT}); key pages are small. */
    static final int KEY_PAGE_SIZE = 10_000;

    private static final String KEY_QUERY = "fields=" + String.join(",", LoopRows.KEY_FIELDS);

    private final LoopRows mapper = new LoopRows();

    LoopListing list(SyncContext ctx, Map<String, StoredRows.Stored> stored) {
        LoopCatalogPageReader pages = new LoopCatalogPageReader(ctx);
        ListedLoopKeys keys = new ListedLoopKeys();
        try {
            if (!pages.read(KEY_QUERY, KEY_PAGE_SIZE, keys::add)) {
                return new LoopListing.Moved();
            }
        } catch (ApiStatusException e) {
            if (e.status() == 400) {
                return new LoopListing.FallBack("the API does not list loop keys alone (" + e.getMessage() + ")");
            }
            throw e;
        }
        LoopDelta delta = LoopDelta.between(stored, keys);
        if (delta.untimed() > 0) {
            return new LoopListing.FallBack(delta.untimed() + " changed loop entries have no updated_at_utc");
        }
        SnapshotRows rows = new SnapshotRows(SyncResource.LOOPS.resourceName());
        if (!delta.changed().isEmpty()) {
            boolean complete;
            try {
                complete = pages.read(LoopCatalogPageReader.parameter("since", delta.since()), ctx.options().pageSize(),
                        (entry, index) -> {
                            EntryReader e = EntryReader.of(SyncResource.LOOPS.resourceName(),
                                    SyncResource.LOOPS.listKey() + "[" + index + "]", entry);
                            if (delta.changed().containsKey(Row.keyString(LoopRows.key(e)))) {
                                rows.add(mapper.map(e));
                            }
                        });
            } catch (ApiStatusException e) {
                if (e.status() == 400) {
                    // an updated_at_utc the API does not read as a time would be refused at every run
                    return new LoopListing.FallBack("the API refused since=" + delta.since() + " ("
                            + e.getMessage() + ")");
                }
                throw e;
            }
            if (!complete) {
                return new LoopListing.Moved();
            }
            if (rows.size() < delta.changed().size()) {
                return new LoopListing.FallBack((delta.changed().size() - rows.size()) + " of "
                        + delta.changed().size() + " changed loop entries were missing from since=" + delta.since());
            }
        }
        return new LoopListing.Listed(rows.rows(), delta.gone(), keys.byKey().size(), keys.duplicates());
    }
}
