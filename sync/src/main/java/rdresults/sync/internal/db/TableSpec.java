package rdresults.sync.internal.db;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A synced table: its key columns and value columns, in the order a {@link Row} carries their values. Every synced
 * table also has the bookkeeping columns {@code content_hash}, {@code inserted_at}, {@code updated_at} and
 * {@code deleted_at}, created by the migrations and maintained by {@link CatalogUpserter}.
 *
 * @param valueIndexes each value column's position by name (derived: mappers look columns up for every entry)
 */
public record TableSpec(String table, List<Column> keys, List<Column> values, Map<String, Integer> valueIndexes) {

    public TableSpec {
        keys = List.copyOf(keys);
        values = List.copyOf(values);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(table + ": a synced table needs a key");
        }
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            indexes.put(values.get(i).name(), i);
        }
        valueIndexes = Map.copyOf(indexes);
    }

    public TableSpec(String table, List<Column> keys, List<Column> values) {
        this(table, keys, values, Map.of());
    }

    /** Key columns then value columns. */
    public List<Column> columns() {
        return Stream.concat(keys.stream(), values.stream()).toList();
    }

    /** Names of the key columns. */
    public List<String> keyNames() {
        return keys.stream().map(Column::name).toList();
    }

    /** Names of the value columns. */
    public List<String> valueNames() {
        return values.stream().map(Column::name).toList();
    }

    /** The index of value column {@code name}. */
    public int valueIndex(String name) {
        Integer i = valueIndexes.get(name);
        if (i == null) {
            throw new IllegalArgumentException(table + " has no value column " + name);
        }
        return i;
    }

    List<SqlType> types() {
        List<SqlType> out = new ArrayList<>();
        columns().forEach(c -> out.add(c.type()));
        return out;
    }
}
