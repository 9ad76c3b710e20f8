package rdresults.sync.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import rdresults.sync.SqlDialect;

/**
 * Brings a synced table up to date with its resource, writing only what changed: new keys are inserted, rows whose
 * content hash differs (or that were marked deleted) are updated, gone keys are marked deleted ({@code deleted_at}),
 * and unchanged rows are not touched, so their {@code updated_at} stays. {@link #apply} takes a full snapshot (every
 * stored key it lacks is gone); {@link #applyDelta} takes only the changed rows and names the gone keys.
 *
 * <p>Runs inside the caller's transaction on the caller's connection; it neither commits nor rolls back.
 */
public final class CatalogUpserter {

    private static final int BATCH = 1000;

    /** What one apply did; {@code unchanged} counts the rows live before and after that were not written. */
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

    private final SqlDialect dialect;
    private final TableSpec spec;
    private final String upsertSql;
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
        this.markDeletedSql = "UPDATE " + spec.table() + " SET deleted_at = ?, updated_at = ? WHERE "
                + spec.keyNames().stream().map(k -> k + " = ?").collect(Collectors.joining(" AND "));
    }

    public TableSpec spec() {
        return spec;
    }

    /**
     * Applies the full snapshot {@code rows} (unique keys) at time {@code now}: stored live keys it lacks are gone.
     *
     * @throws IllegalArgumentException when two rows share a key
     */
    public Counts apply(Connection c, List<Row> rows, Instant now) throws SQLException {
        Set<String> listed = new HashSet<>();
        rows.forEach(r -> listed.add(r.keyString()));
        return write(c, rows, key -> !listed.contains(key), now);
    }

    /**
     * Applies a delta at time {@code now}: the changed or new {@code rows} (unique keys) and the {@code gone} keys;
     * every other stored row stays as it is.
     *
     * @throws IllegalArgumentException when two rows share a key, or a key is both in {@code rows} and gone
     */
    public Counts applyDelta(Connection c, List<Row> rows, Collection<List<Object>> gone, Instant now)
            throws SQLException {
        Set<String> goneKeys = new HashSet<>();
        gone.forEach(k -> goneKeys.add(Row.keyString(k)));
        for (Row r : rows) {
            if (goneKeys.contains(r.keyString())) {
                throw new IllegalArgumentException(spec.table() + ": key " + r.keys() + " is both changed and gone");
            }
        }
        return write(c, rows, goneKeys::contains, now);
    }

    /** Upserts what differs in {@code rows}, then marks deleted the stored live keys {@code isGone} accepts. */
    private Counts write(Connection c, List<Row> rows, Predicate<String> isGone, Instant now) throws SQLException {
        Map<String, StoredRows.Stored> stored = StoredRows.read(c, spec, "content_hash");
        Set<String> seen = new HashSet<>();
        int inserted = 0;
        int revived = 0;
        int updated = 0;
        try (Batch upsert = new Batch(c.prepareStatement(upsertSql))) {
            for (Row row : rows) {
                if (!seen.add(row.keyString())) {
                    throw new IllegalArgumentException(spec.table() + ": duplicate key " + row.keys());
                }
                StoredRows.Stored s = stored.get(row.keyString());
                if (s != null && !s.deleted() && s.value().equals(row.contentHash())) {
                    continue;
                }
                if (s == null) {
                    inserted++;
                } else if (s.deleted()) {
                    revived++;
                } else {
                    updated++;
                }
                bindUpsert(upsert.statement(), row, now);
                upsert.add();
            }
            upsert.flush();
        }
        List<List<Object>> gone = new ArrayList<>();
        int live = 0;
        for (Map.Entry<String, StoredRows.Stored> e : stored.entrySet()) {
            if (!e.getValue().deleted()) {
                live++;
                if (!seen.contains(e.getKey()) && isGone.test(e.getKey())) {
                    gone.add(e.getValue().key());
                }
            }
        }
        markDeleted(c, gone, now);
        return new Counts(inserted, updated + revived, gone.size(), live - updated - gone.size());
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

    private void markDeleted(Connection c, List<List<Object>> gone, Instant now) throws SQLException {
        if (gone.isEmpty()) {
            return;
        }
        try (Batch mark = new Batch(c.prepareStatement(markDeletedSql))) {
            for (List<Object> key : gone) {
                dialect.bind(mark.statement(), 1, SqlType.TIMESTAMP, now);
                dialect.bind(mark.statement(), 2, SqlType.TIMESTAMP, now);
                for (int k = 0; k < key.size(); k++) {
                    dialect.bind(mark.statement(), 3 + k, spec.keys().get(k).type(), key.get(k));
                }
                mark.add();
            }
            mark.flush();
        }
    }

    /** A prepared statement run in batches of {@value #BATCH}. */
    private static final class Batch implements AutoCloseable {

        private final PreparedStatement statement;
        private int pending;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        PreparedStatement statement() {
            return statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++pending == BATCH) {
                statement.executeBatch();
                pending = 0;
            }
        }

        /** Runs what is left. */
        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }
}
