package rdresults.sync;

import java.util.List;
import rdresults.sync.catalog.LoopRows;
import rdresults.sync.db.Row;

/** What one attempt to list the loop catalog gave. */
sealed interface LoopListing {

    /**
     * A listing of one catalog generation, ready to apply in one transaction: the whole catalog ({@code gone} is
     * then whatever stored key it lacks), or only the changed rows and the gone keys.
     *
     * @param liveRows   distinct keys the catalog lists
     * @param duplicates entries dropped because an earlier entry had the same key
     */
    record Listed(List<Row> rows, boolean whole, List<List<Object>> gone, int liveRows, int duplicates)
            implements LoopListing {

        public Listed {
            rows = List.copyOf(rows);
            gone = List.copyOf(gone);
        }

        /** Applies it and records {@code etag} for the loops. */
        List<ResourceReport> apply(SyncContext ctx, String etag) {
            SyncContext.Applied applied = new SyncContext.Applied(SyncResource.LOOPS, etag, null, duplicates,
                    liveRows, null);
            return whole ? ctx.apply(LoopRows.SPEC, rows, List.of(applied))
                    : ctx.applyDelta(LoopRows.SPEC, rows, gone, applied);
        }
    }

    /** The catalog was reloaded while it was listed: list again. */
    record Moved() implements LoopListing {
    }

    /** A delta cannot be asked for or trusted: list the whole catalog instead. */
    record FallBack(String reason) implements LoopListing {
    }
}
