package rdresults.sync.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads, for every row of a synced table, its key, one text column and whether it is marked deleted: what a sync
 * compares a listing against. Runs on the caller's connection, inside the caller's transaction if any.
 */
public final class StoredRows {

    /** One stored row: its key values, the column's value (null when NULL) and whether {@code deleted_at} is set. */
    public record Stored(List<Object> key, String value, boolean deleted) {
    }

    private StoredRows() {
    }

    /**
     * Every row of {@code spec}'s table, by {@link Row#keyString(List)}.
     *
     * @param column a text column of the table (a constant, never user input)
     */
    public static Map<String, Stored> read(Connection c, TableSpec spec, String column) throws SQLException {
        String sql = "SELECT " + String.join(", ", spec.keyNames()) + ", " + column
                + ", CASE WHEN deleted_at IS NULL THEN 0 ELSE 1 END AS is_deleted FROM " + spec.table();
        Map<String, Stored> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            int keys = spec.keys().size();
            while (rs.next()) {
                List<Object> key = new ArrayList<>(keys);
                for (int k = 0; k < keys; k++) {
                    key.add(spec.keys().get(k).type() == SqlType.BIGINT ? (Object) rs.getLong(k + 1)
                            : rs.getString(k + 1));
                }
                out.put(Row.keyString(key), new Stored(key, rs.getString(keys + 1), rs.getInt(keys + 2) == 1));
            }
        }
        return out;
    }
}
