package rdresults.testkit.internal.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import rdresults.testkit.PathStyle;
import rdresults.testkit.conventions.EpochMicros;
import rdresults.testkit.conventions.StoredPaths;
import rdresults.testkit.conventions.SyntheticIds;
import rdresults.testkit.internal.planner.RegistryPlanner;

/**
 * The writes RD-Agent and its tools make while a run is live, one short transaction each: start a loop, finish it
 * with its experiment workspace (the online upserts of contract §1.4), mark a materialization done, confirm a sync.
 * Times come from a synthetic clock, so a seeded sequence of mutations always writes the same rows.
 */
public final class RegistryMutations {

    private static final String START_LOOP_SQL = """
            INSERT INTO loops (task_run_id, loop_id, action, status, has_result, started_at_utc, ended_at_utc%s)
            VALUES (?, ?, ?, 'running', 0, ?, ?%s)
            ON CONFLICT(task_run_id, loop_id) DO UPDATE SET ended_at_utc = excluded.ended_at_utc""";
    private static final String FINISH_LOOP_SQL = """
            UPDATE loops SET status = 'success', has_result = 1, ended_at_utc = ?, log_dir = ?%s
            WHERE task_run_id = ? AND loop_id = ?""";
    private static final String INSERT_WORKSPACE_SQL = """
            INSERT OR REPLACE INTO workspaces (workspace_id, task_run_id, loop_id, workspace_role, experiment_type,
                step_name, status, workspace_path, meta_path, summary_path, manifest_path, created_at_utc,
                updated_at_utc)
            VALUES (?, ?, ?, 'experiment_workspace', ?, 'record', 'success', ?, NULL, NULL, NULL, ?, ?)""";
    private static final String MATERIALIZE_SQL = """
            UPDATE loops SET materialization_status = 'done', materialization_error = NULL,
                materialization_updated_at_utc = ?, updated_at_utc = ?
            WHERE task_run_id = ? AND loop_id = ?""";
    private static final String SYNC_SQL = """
            UPDATE loops SET sync_status = 'synced'
            WHERE task_run_id = ? AND loop_id = ? AND asset_bundle_id IS NOT NULL""";
    private static final String TOUCH_RUN_SQL = "UPDATE task_runs SET updated_at_utc = ? WHERE task_run_id = ?";

    /** The first synthetic instant: a week after the generator's base time, so mutations sort after its rows. */
    private static final long CLOCK_START = RegistryPlanner.BASE_MICROS + 7L * 24 * 3600 * EpochMicros.PER_SECOND;

    private final SplittableRandom random;
    private final StoredPaths paths;
    private final boolean migrated;
    private final List<String> taskRuns;
    private final List<long[]> openLoops = new ArrayList<>();
    private long clock = CLOCK_START;
    private int runCursor;

    private RegistryMutations(long seed, StoredPaths paths, boolean migrated, List<String> taskRuns) {
        this.random = new SplittableRandom(seed);
        this.paths = paths;
        this.migrated = migrated;
        this.taskRuns = List.copyOf(taskRuns);
    }

    /** Reads the task runs and which columns exist (legacy registries lack the migrated ones). */
    public static RegistryMutations prepare(Connection connection, long seed, StoredPaths paths) throws SQLException {
        boolean migrated = false;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA table_info(loops)")) {
            while (rs.next()) {
                migrated |= "materialization_status".equals(rs.getString("name"));
            }
        }
        List<String> runs = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT task_run_id FROM task_runs ORDER BY task_run_id")) {
            while (rs.next()) {
                runs.add(rs.getString(1));
            }
        }
        if (runs.isEmpty()) {
            throw new SQLException("registry has no task runs to extend");
        }
        return new RegistryMutations(seed, paths, migrated, runs);
    }

    /** Runs the next mutation inside the caller's transaction. */
    public void next(Connection connection) throws SQLException {
        clock += EpochMicros.PER_SECOND + random.nextInt((int) EpochMicros.PER_SECOND);
        int choice = random.nextInt(10);
        if (!openLoops.isEmpty() && choice < 4) {
            finishLoop(connection);
        } else if (migrated && choice == 8) {
            materializeSome(connection);
        } else if (migrated && choice == 9) {
            syncSome(connection);
        } else {
            startLoop(connection);
        }
    }

    private void startLoop(Connection connection) throws SQLException {
        String run = taskRuns.get(runCursor++ % taskRuns.size());
        int loopId = nextLoopId(connection, run);
        String now = EpochMicros.iso(clock);
        String extraColumns = migrated ? ", updated_at_utc" : "";
        String extraValues = migrated ? ", ?" : "";
        try (PreparedStatement ps = connection.prepareStatement(
                START_LOOP_SQL.formatted(extraColumns, extraValues))) {
            ps.setString(1, run);
            ps.setInt(2, loopId);
            ps.setString(3, random.nextBoolean() ? "factor" : "model");
            ps.setString(4, now);
            ps.setString(5, now);
            if (migrated) {
                ps.setString(6, now);
            }
            ps.executeUpdate();
        }
        touchRun(connection, run, now);
        openLoops.add(new long[] {taskRuns.indexOf(run), loopId});
    }

    private void finishLoop(Connection connection) throws SQLException {
        long[] key = openLoops.remove(random.nextInt(openLoops.size()));
        String run = taskRuns.get((int) key[0]);
        int loopId = (int) key[1];
        String now = EpochMicros.iso(clock);
        try (PreparedStatement ps = connection.prepareStatement(
                FINISH_LOOP_SQL.formatted(migrated ? ", updated_at_utc = ?" : ""))) {
            int i = 1;
            ps.setString(i++, now);
            ps.setString(i++, paths.logRoot(PathStyle.WSL));
            if (migrated) {
                ps.setString(i++, now);
            }
            ps.setString(i++, run);
            ps.setInt(i, loopId);
            ps.executeUpdate();
        }
        String workspaceId = SyntheticIds.uuid4Hex(random);
        try (PreparedStatement ps = connection.prepareStatement(INSERT_WORKSPACE_SQL)) {
            ps.setString(1, workspaceId);
            ps.setString(2, run);
            ps.setInt(3, loopId);
            ps.setString(4, random.nextBoolean() ? "factor" : "model");
            ps.setString(5, paths.workspace(PathStyle.WSL, workspaceId));
            ps.setString(6, now);
            ps.setString(7, now);
            ps.executeUpdate();
        }
        touchRun(connection, run, now);
    }

    private void materializeSome(Connection connection) throws SQLException {
        String[] key = anyFinishedLoop(connection, "has_result = 1");
        if (key.length == 0) {
            return;
        }
        String now = EpochMicros.iso(clock);
        try (PreparedStatement ps = connection.prepareStatement(MATERIALIZE_SQL)) {
            ps.setString(1, now);
            ps.setString(2, now);
            ps.setString(3, key[0]);
            ps.setInt(4, Integer.parseInt(key[1]));
            ps.executeUpdate();
        }
    }

    private void syncSome(Connection connection) throws SQLException {
        String[] key = anyFinishedLoop(connection, "asset_bundle_id IS NOT NULL");
        if (key.length == 0) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(SYNC_SQL)) {
            ps.setString(1, key[0]);
            ps.setInt(2, Integer.parseInt(key[1]));
            ps.executeUpdate();
        }
    }

    /** A loop matching the condition, picked by the seeded stream among all matches in key order. */
    private String[] anyFinishedLoop(Connection connection, String condition) throws SQLException {
        int count;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM loops WHERE " + condition)) {
            count = rs.next() ? rs.getInt(1) : 0;
        }
        if (count == 0) {
            return new String[0];
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT task_run_id, loop_id FROM loops WHERE "
                + condition + " ORDER BY task_run_id, loop_id LIMIT 1 OFFSET ?")) {
            ps.setInt(1, random.nextInt(count));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : new String[0];
            }
        }
    }

    private static int nextLoopId(Connection connection, String run) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT coalesce(max(loop_id), -1) + 1 FROM loops WHERE task_run_id = ?")) {
            ps.setString(1, run);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void touchRun(Connection connection, String run, String now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(TOUCH_RUN_SQL)) {
            ps.setString(1, now);
            ps.setString(2, run);
            ps.executeUpdate();
        }
    }
}
