package rdresults.export.internal.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import rdresults.export.ExportWarnings;

/**
 * The latest run of MLflow SQLite stores ({@code mlflow.db}, MLflow 3.7+'s default tracking store), each store read
 * once per export: a store in a parent folder serves every workspace below it. The database is only ever opened
 * read-only (SQLite's read-only open mode; when that cannot open it, as with a WAL database on read-only media, as
 * immutable), so the store is never written, and a live MLflow is never disturbed. A file that is not a readable
 * MLflow store (corrupt, not SQLite, no {@code runs} table) yields no run and one warning. Thread-safe.
 */
public final class MlflowStores {

    /**
     * MLflow's tables ({@code mlflow/store/tracking/dbmodels/models.py}: {@code runs}, {@code experiments}). Runs
     * or experiments whose {@code lifecycle_stage} is {@code deleted} do not count; FINISHED runs come first, then
     * the newest by {@code end_time}, else {@code start_time} (untimed last); ties go to the greatest run id, as
     * for {@code mlruns/} folders.
     */
    private static final String LATEST_RUN_SQL = """
            SELECT r.run_uuid
              FROM runs r
              LEFT JOIN experiments e ON e.experiment_id = r.experiment_id
             WHERE COALESCE(r.lifecycle_stage, 'active') <> 'deleted'
               AND COALESCE(e.lifecycle_stage, 'active') <> 'deleted'
               AND r.run_uuid IS NOT NULL AND r.run_uuid <> ''
             ORDER BY CASE WHEN r.status = 'FINISHED' THEN 0 ELSE 1 END,
                      COALESCE(r.end_time, r.start_time) IS NULL,
                      COALESCE(r.end_time, r.start_time) DESC,
                      r.run_uuid DESC
             LIMIT 1
            """;

    private final ConcurrentMap<Path, Optional<String>> latest = new ConcurrentHashMap<>();
    private final ConcurrentMap<Path, Boolean> present = new ConcurrentHashMap<>();

    /** Whether {@code db} is a regular file; asked once per path (a parent's store is shared by many folders). */
    boolean exists(Path db) {
        return present.computeIfAbsent(db, Files::isRegularFile);
    }

    /** The latest run id in the store {@code db}, or empty when it has none or cannot be read (warned once). */
    Optional<String> latestRunId(Path db, ExportWarnings warnings) {
        Optional<String> known = latest.get(db);
        if (known != null) {
            return known;
        }
        Optional<String> read;
        try {
            read = query(db);
        } catch (SQLException e) {
            warnings.warn("skipped MLflow store " + db + ": not a readable MLflow SQLite database ("
                    + e.getMessage() + ")");
            read = Optional.empty();
        }
        Optional<String> raced = latest.putIfAbsent(db, read);
        return raced == null ? read : raced;
    }

    private static Optional<String> query(Path db) throws SQLException {
        try {
            return query("jdbc:sqlite:" + db, readOnly(false));
        } catch (SQLException readOnlyFailed) {
            // A WAL database whose folder cannot hold the shared-memory file opens only as immutable.
            try {
                return query("jdbc:sqlite:" + db.toUri() + "?immutable=1", readOnly(true));
            } catch (SQLException immutableFailed) {
                readOnlyFailed.addSuppressed(immutableFailed);
                throw readOnlyFailed;
            }
        }
    }

    private static Optional<String> query(String url, SQLiteConfig config) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, config.toProperties());
             PreparedStatement ps = c.prepareStatement(LATEST_RUN_SQL);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }

    private static SQLiteConfig readOnly(boolean uri) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        if (uri) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        }
        config.setBusyTimeout(2_000);
        return config;
    }
}
