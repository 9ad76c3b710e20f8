package rdresults.registry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Builds small registries in a test folder with plain SQL, and points at the bundled sample. */
public final class TestRegistries {

    /** The bundled sample repository root (tests run with the module folder as working directory). */
    public static final Path SAMPLE_ROOT = Path.of("../examples/sample").toAbsolutePath().normalize();
    public static final Path SAMPLE_DB = SAMPLE_ROOT.resolve("RDagentDB/registry.sqlite");

    /** The contract's DDL before any migration (contract §1.2 minus the ALTER TABLE columns). */
    static final String LEGACY_DDL = """
            CREATE TABLE task_runs (task_run_id TEXT PRIMARY KEY, scenario TEXT, status TEXT, created_at_utc TEXT,
              updated_at_utc TEXT, git_sha TEXT, rdagent_version TEXT, log_trace_path TEXT);
            CREATE TABLE loops (task_run_id TEXT NOT NULL, loop_id INTEGER NOT NULL, action TEXT, status TEXT,
              has_result INTEGER DEFAULT 0, best_workspace_id TEXT, started_at_utc TEXT, ended_at_utc TEXT,
              error_type TEXT, error_message TEXT, ic_mean REAL, rank_ic_mean REAL, ann_return REAL, mdd REAL,
              turnover REAL, multi_score REAL, metrics_json TEXT, log_dir TEXT, PRIMARY KEY (task_run_id, loop_id));
            CREATE TABLE workspaces (workspace_id TEXT PRIMARY KEY, task_run_id TEXT NOT NULL, loop_id INTEGER,
              workspace_role TEXT, experiment_type TEXT, step_name TEXT, status TEXT, workspace_path TEXT NOT NULL,
              meta_path TEXT, summary_path TEXT, manifest_path TEXT, created_at_utc TEXT, updated_at_utc TEXT);
            """;

    private TestRegistries() {
    }

    /** Creates a database at {@code path} and runs {@code sql} (statements separated by {@code ;}). */
    static Path create(Path path, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement st = c.createStatement()) {
            for (String statement : sql.split(";")) {
                if (!statement.isBlank()) {
                    st.execute(statement);
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot build test registry " + path, e);
        }
        return path;
    }
}
