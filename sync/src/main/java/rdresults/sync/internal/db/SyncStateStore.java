package rdresults.sync.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rdresults.sync.SqlDialect;

/** Reads and writes {@code sync_state}, on the caller's connection and inside the caller's transaction. */
public final class SyncStateStore {

    /** Outcome names stored in {@code last_outcome}. */
    public static final String CHANGED = "changed";
    public static final String UNCHANGED = "unchanged";
    public static final String NOT_MODIFIED = "not_modified";
    public static final String ABSENT = "absent";
    public static final String FAILED = "failed";

    private static final String FIND_SQL = """
            SELECT resource, etag, cursor, last_outcome, last_attempt_at, last_success_at, last_change_at,
                   requests, live_rows, inserted, updated, deleted, unchanged, duplicates,
                   last_error, last_error_at, consecutive_failures
            FROM sync_state WHERE resource = ?""";

    private static final String LIST_SQL = """
            SELECT resource, etag, cursor, last_outcome, last_attempt_at, last_success_at, last_change_at,
                   requests, live_rows, inserted, updated, deleted, unchanged, duplicates,
                   last_error, last_error_at, consecutive_failures
            FROM sync_state ORDER BY resource""";

    private static final List<String> COLUMNS = List.of("resource", "etag", "cursor", "last_outcome",
            "last_attempt_at", "last_success_at", "last_change_at", "requests", "live_rows", "inserted", "updated",
            "deleted", "unchanged", "duplicates", "last_error", "last_error_at", "consecutive_failures");

    private static final List<SqlType> TYPES = List.of(SqlType.TEXT, SqlType.TEXT, SqlType.TEXT, SqlType.TEXT,
            SqlType.TIMESTAMP, SqlType.TIMESTAMP, SqlType.TIMESTAMP, SqlType.BIGINT, SqlType.BIGINT, SqlType.BIGINT,
            SqlType.BIGINT, SqlType.BIGINT, SqlType.BIGINT, SqlType.BIGINT, SqlType.TEXT, SqlType.TIMESTAMP,
            SqlType.BIGINT);

    private final SqlDialect dialect;
    private final String saveSql;

    public SyncStateStore(SqlDialect dialect) {
        this.dialect = dialect;
        this.saveSql = dialect.upsertSql("sync_state", List.of("resource"), COLUMNS, TYPES,
                COLUMNS.subList(1, COLUMNS.size()));
    }

    public Optional<StateRow> find(Connection c, String resource) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIND_SQL)) {
            ps.setString(1, resource);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public List<StateRow> list(Connection c) throws SQLException {
        List<StateRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(LIST_SQL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    /** Writes the whole row (insert or replace). */
    public void save(Connection c, StateRow s) throws SQLException {
        Object[] values = {s.resource(), s.etag(), s.cursor(), s.lastOutcome(), s.lastAttemptAt(),
            s.lastSuccessAt(), s.lastChangeAt(), s.requests(), s.liveRows(), s.inserted(), s.updated(), s.deleted(),
            s.unchanged(), s.duplicates(), s.lastError(), s.lastErrorAt(), s.consecutiveFailures()};
        try (PreparedStatement ps = c.prepareStatement(saveSql)) {
            for (int i = 0; i < values.length; i++) {
                dialect.bind(ps, i + 1, TYPES.get(i), values[i]);
            }
            ps.executeUpdate();
        }
    }

    /** The row as it stands, or a fresh one for a resource never synced. */
    public StateRow current(Connection c, String resource) throws SQLException {
        return find(c, resource).orElse(StateRow.never(resource));
    }

    /** Records a failed attempt, keeping what the last success stored. */
    public void saveFailure(Connection c, String resource, String error, long requests, Instant now)
            throws SQLException {
        save(c, current(c, resource).failed(error, now, requests));
    }

    private StateRow map(ResultSet rs) throws SQLException {
        return new StateRow(rs.getString("resource"), rs.getString("etag"), rs.getString("cursor"),
                rs.getString("last_outcome"), time(rs, "last_attempt_at"), time(rs, "last_success_at"),
                time(rs, "last_change_at"), rs.getLong("requests"), rs.getLong("live_rows"), rs.getLong("inserted"),
                rs.getLong("updated"), rs.getLong("deleted"), rs.getLong("unchanged"), rs.getLong("duplicates"),
                rs.getString("last_error"), time(rs, "last_error_at"), rs.getLong("consecutive_failures"));
    }

    private Instant time(ResultSet rs, String column) throws SQLException {
        return dialect.readTimestamp(rs, column).orElse(null);
    }
}
