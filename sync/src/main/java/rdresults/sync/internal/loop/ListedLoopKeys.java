package rdresults.sync.internal.loop;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rdresults.sync.SyncResource;
import rdresults.sync.internal.catalog.EntryReader;
import rdresults.sync.internal.catalog.LoopRows;
import rdresults.sync.internal.db.Row;

/**
 * The loop keys a key listing returned, each with its {@code updated_at_utc} (null when the entry has none). As in a
 * full listing, the first entry of a repeated key wins and the others are counted.
 */
final class ListedLoopKeys {

    /** One listed key. */
    record Listed(List<Object> key, String updatedAt) {
    }

    private final Map<String, Listed> keys = new HashMap<>();
    private int duplicates;

    /** Adds the {@code index}-th entry of the listing. */
    void add(JsonNode entry, int index) {
        EntryReader e = EntryReader.of(SyncResource.LOOPS.resourceName(),
                SyncResource.LOOPS.listKey() + "[" + index + "]", entry);
        List<Object> key = LoopRows.key(e);
        if (keys.putIfAbsent(Row.keyString(key), new Listed(key, e.text("updated_at_utc"))) != null) {
            duplicates++;
        }
    }

    /** By {@link Row#keyString(List)}. */
    Map<String, Listed> byKey() {
        return Collections.unmodifiableMap(keys);
    }

    int duplicates() {
        return duplicates;
    }
}
