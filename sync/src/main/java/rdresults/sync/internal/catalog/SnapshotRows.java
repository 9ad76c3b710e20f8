package rdresults.sync.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import rdresults.sync.internal.db.Row;

/**
 * The rows of one resource snapshot, one per key. When a catalog repeats a key (the reference factor catalog does),
 * the first entry wins, as the API's own {@code /factors/{name}} lookup does; later ones are counted, not stored.
 */
public final class SnapshotRows {

    private static final Logger LOG = Logger.getLogger(SnapshotRows.class);

    private final String resource;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private int duplicates;

    public SnapshotRows(String resource) {
        this.resource = resource;
    }

    /** Adds a row unless its key was seen; @return whether it was added */
    public boolean add(Row row) {
        if (rows.putIfAbsent(row.keyString(), row) != null) {
            duplicates++;
            LOG.debugf("%s: duplicate key %s ignored (first entry wins)", resource, row.keys());
            return false;
        }
        return true;
    }

    /** Maps and adds {@code entry}, the {@code index}-th of the list (errors name it {@code listKey[index]}). */
    public boolean add(EntryMapper mapper, String listKey, JsonNode entry, int index) {
        return add(mapper.map(EntryReader.of(resource, listKey + "[" + index + "]", entry)));
    }

    public boolean containsKey(String keyString) {
        return rows.containsKey(keyString);
    }

    public List<Row> rows() {
        return new ArrayList<>(rows.values());
    }

    public int size() {
        return rows.size();
    }

    public int duplicates() {
        return duplicates;
    }
}
