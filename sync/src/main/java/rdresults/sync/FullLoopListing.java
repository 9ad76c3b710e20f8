package rdresults.sync;

import java.util.List;
import rdresults.sync.catalog.LoopRows;
import rdresults.sync.catalog.SnapshotRows;

/** The whole loop catalog in pages of {@code SyncOptions.pageSize}, each entry mapped as it is parsed. */
final class FullLoopListing {

    private final LoopRows mapper = new LoopRows();

    LoopListing list(SyncContext ctx) {
        SnapshotRows rows = new SnapshotRows(SyncResource.LOOPS.resourceName());
        boolean complete = new LoopPages(ctx).read("", ctx.options().pageSize(),
                (entry, index) -> rows.add(mapper, SyncResource.LOOPS.listKey(), entry, index));
        return complete ? new LoopListing.Listed(rows.rows(), true, List.of(), rows.size(), rows.duplicates())
                : new LoopListing.Moved();
    }
}
