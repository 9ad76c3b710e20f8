package rdresults.registry.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import rdresults.registry.RegistrySchema;

/**
 * How one registry table is read: its columns, its unique sort key (for stable order and keyset pagination) and
 * its row mapper and key extractor. The select list spells missing migrated columns as their default, so mappers always find every
 * column by name.
 */
public record RegistryTableSpec<T>(String resource, String table, String alias, List<String> columns, List<String> keyColumns,
                    List<Class<?>> keyTypes, Function<T, List<Object>> keyOf, RowMapper<T> mapper) {

    public String selectFrom(RegistrySchema schema) {
        List<String> parts = new ArrayList<>(columns.size());
        for (String c : columns) {
            String expr = schema.expr(alias, table, c);
            parts.add(expr.equals(alias + "." + c) ? expr : expr + " AS " + c);
        }
        return "SELECT " + String.join(", ", parts) + " FROM " + table + " " + alias;
    }

    public String orderBy() {
        List<String> parts = new ArrayList<>(keyColumns.size());
        keyColumns.forEach(k -> parts.add(alias + "." + k));
        return " ORDER BY " + String.join(", ", parts);
    }

    /** {@code (k1, k2) > (?, ?)}: rows after the cursor's key, in key order. */
    public String afterKey() {
        List<String> cols = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        keyColumns.forEach(k -> {
            cols.add(alias + "." + k);
            marks.add("?");
        });
        return "(" + String.join(", ", cols) + ") > (" + String.join(", ", marks) + ")";
    }

    public String expr(RegistrySchema schema, String column) {
        return schema.expr(alias, table, column);
    }
}
