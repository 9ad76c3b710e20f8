package rdresults.sync.internal.loop;

import java.util.List;
import rdresults.sync.internal.db.Row;

/** What one attempt to list the changes of the loop catalog gave. */
sealed interface LoopListing {

    /**
     * The changes of one catalog generation, ready to apply in one transaction.
     *
     * @param rows       the new and changed rows
     * @param gone       stored live keys the catalog no longer lists
     * @param liveRows   distinct keys the catalog lists
     * @param duplicates entries dropped because an earlier entry had the same key
     */
    record Listed(List<Row> rows, List<List<Object>> gone, int liveRows, int duplicates) implements LoopListing {

        public Listed {
            rows = List.copyOf(rows);
            gone = List.copyOf(gone);
        }
    }

    /** The catalog was reloaded while it was listed: list again. */
    record Moved() implements LoopListing {
    }

    /** The changes cannot be asked for or trusted: fetch the whole catalog instead. */
    record FallBack(String reason) implements LoopListing {
    }
}
