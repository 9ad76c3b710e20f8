package rdresults.sync.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes a synced table equal to a full snapshot of its resource, writing only what changed: new keys are inserted,
 * rows whose content hash differs (or that were marked deleted) are updated, keys absent from the snapshot are
 * marked deleted ({@code deleted_at}), and unchanged rows are not touched, so their {@code updated_at} stays.
 *
 * <p>Runs inside the caller's transaction on the caller's connection; it neither commits nor rolls back.
 */
public final class CatalogUpserter {

    private static final int BATCH = 1000;

    /** What one apply did. */
    public record Counts(int inserted, int updated, int deleted, int unchanged) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);

        /** Rows written. */
        public int writes() {
            return inserted + updated + deleted;
        }

        /** Rows live after the apply. */
        public int live() {
            return inserted + updated + unchanged;
        }
    }

    private record Stored(List<Object> key, String hash, boolean deleted) {
    }

    private final SqlDialect dialect;
    private final TableSpec spec;
    private final String upsertSql;
    private final String existingSql;
    private final String markDeletedSql;

    public CatalogUpserter(SqlDialect dialect, TableSpec spec) {
        this.dialect = dialect;
        this.spec = spec;
        List<String> columns = Stream.concat(spec.columns().stream().map(Column::name),
                Stream.of("content_hash", "inserted_at", "updated_at", "deleted_at")).toList();
        List<SqlType> types = new ArrayList<>(spec.types());
        types.addAll(List.of(SqlType.TEXT, SqlType.TIMESTAMP, SqlType.TIMESTAMP, SqlType.TIMESTAMP));
        List<String> updated = new ArrayList<>(spec.valueNames());
        updated.addAll(List.of("content_hash", "updated_at", "deleted_at"));
        this.upsertSql = dialect.upsertSql(spec.table(), spec.keyNames(), columns, types, updated);
        this.existingSql = "SELECT " + String.join(", ", spec.keyNames())
                + ", content_hash, CASE WHEN deleted_at IS NULL THEN 0 ELSE 1 END AS is_deleted FROM " + spec.table();
        this.markDeletedSql = "UPDATE " + spec.table() + " SET deleted_at = ?, updated_at = ? WHERE "
                + spec.keyNames().stream().map(k -> k + " = ?").collect(Collectors.joining(" AND "));
    }

    public TableSpec spec() {
        return spec;
    }

    /**
     * Applies the full snapshot {@code rows} (unique keys) at time {@code now}.
     *
     * @throws IllegalArgumentException when two rows share a key
     */
    public Counts apply(Connection c, List<Row> rows, Instant now) throws SQLException {
        Map<String, Stored> stored = stored(c);
        Set<String> seen = new HashSet<>();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        try (PreparedStatement upsert = c.prepareStatement(upsertSql)) {
            int pending = 0;
            for (Row row : rows) {
                if (!seen.add(row.keyString())) {
                    throw new IllegalArgumentException(spec.table() + ": duplicate key " + row.keys());
                }
                Stored s = stored.get(row.keyString());
                if (s != null && !s.deleted() && s.hash().equals(row.contentHash())) {
                    unchanged++;
                    continue;
                }
                if (s == null) {
                    inserted++;
                } else {
                    updated++;
                }
                bindUpsert(upsert, row, now);
                upsert.addBatch();
                if (++pending == BATCH) {
                    upsert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                upsert.executeBatch();
            }
        }
        int deleted = markDeleted(c, stored, seen, now);
        return new Counts(inserted, updated, deleted, unchanged);
    }

    private void bindUpsert(PreparedStatement ps, Row row, Instant now) throws SQLException {
        int i = 1;
        for (int k = 0; k < spec.keys().size(); k++) {
            dialect.bind(ps, i++, spec.keys().get(k).type(), row.keys().get(k));
        }
        for (int v = 0; v < spec.values().size(); v++) {
            dialect.bind(ps, i++, spec.values().get(v).type(), row.values().get(v));
        }
        dialect.bind(ps, i++, SqlType.TEXT, row.contentHash());
        dialect.bind(ps, i++, SqlType.TIMESTAMP, now);
        dialect.bind(ps, i++, SqlType.TIMESTAMP, now);
        dialect.bind(ps, i, SqlType.TIMESTAMP, null);
    }

    private int markDeleted(Connection c, Map<String, Stored> stored, Set<String> seen, Instant now)
            throws SQLException {
        List<List<Object>> gone = new ArrayList<>();
        for (Map.Entry<String, Stored> e : stored.entrySet()) {
            if (!e.getValue().deleted() && !seen.contains(e.getKey())) {
                gone.add(e.getValue().key());
            }
        }
        if (gone.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement(markDeletedSql)) {
            int pending = 0;
            for (List<Object> key : gone) {
                dialect.bind(ps, 1, SqlType.TIMESTAMP, now);
                dialect.bind(ps, 2, SqlType.TIMESTAMP, now);
                for (int k = 0; k < key.size(); k++) {
                    dialect.bind(ps, 3 + k, spec.keys().get(k).type(), key.get(k));
                }
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
        return gone.size();
    }

    private Map<String, Stored> stored(Connection c) throws SQLException {
        Map<String, Stored> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(existingSql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<Object> key = new ArrayList<>(spec.keys().size());
                for (Column k : spec.keys()) {
                    key.add(k.type() == SqlType.BIGINT ? (Object) rs.getLong(k.name()) : rs.getString(k.name()));
                }
                String ks = Row.keyString(key);
                out.put(ks, new Stored(key, rs.getString("content_hash"), rs.getInt("is_deleted") == 1));
            }
        }
        return out;
    }
}
