package rdresults.testkit.internal.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry DDL of contract §1.2, laid out as the fork's {@code SCHEMA_SQL} stores it in {@code sqlite_master},
 * optionally without the migrated columns (legacy) or with typeless flag columns (text flags). The generator's own
 * copy on purpose: a fixture written from the contract, not from the reader ({@code rdresults.registry}) it tests.
 */
final class SyntheticSchema {

    private SyntheticSchema() {
    }

    /**
     * @param legacy    omit the migrated columns
     * @param textFlags declare {@code has_result} / {@code is_solidified} without a type, so TEXT '1' survives
     *                  (an INTEGER column would convert it to 1)
     */
    static List<String> statements(boolean legacy, boolean textFlags) {
        List<String> out = new ArrayList<>();
        for (Table table : tables(legacy, textFlags)) {
            out.add("CREATE TABLE IF NOT EXISTS " + table.name() + " (\n    " + String.join(",\n    ", table.columns())
                    + "\n)");
            table.indexes().forEach(index -> out.add("CREATE INDEX IF NOT EXISTS " + index.name() + " ON "
                    + table.name() + "(" + index.columns() + ")"));
        }
        return List.copyOf(out);
    }

    static void create(Connection connection, boolean legacy, boolean textFlags) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(legacy, textFlags)) {
                statement.execute(sql);
            }
        }
    }

    /** The column names of {@code table} in declaration order, which is also the order rows are inserted in. */
    static List<String> columnNames(String table, boolean legacy) {
        return tables(legacy, false).stream().filter(t -> t.name().equals(table)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + table))
                .columns().stream().filter(d -> !d.startsWith("PRIMARY KEY"))
                .map(d -> d.substring(0, d.indexOf(' '))).toList();
    }

    /** The tables in creation order. */
    private static List<Table> tables(boolean legacy, boolean textFlags) {
        String flagType = textFlags ? "" : " INTEGER";
        List<String> taskRuns = new ArrayList<>(List.of("task_run_id TEXT PRIMARY KEY", "scenario TEXT",
                "status TEXT", "created_at_utc TEXT", "updated_at_utc TEXT", "git_sha TEXT", "rdagent_version TEXT",
                "log_trace_path TEXT"));
        if (!legacy) {
            taskRuns.add("params_json TEXT");
        }
        List<String> loops = new ArrayList<>(List.of("task_run_id TEXT NOT NULL", "loop_id INTEGER NOT NULL",
                "action TEXT", "status TEXT", "has_result" + flagType + " DEFAULT 0", "best_workspace_id TEXT",
                "started_at_utc TEXT", "ended_at_utc TEXT", "error_type TEXT", "error_message TEXT", "ic_mean REAL",
                "rank_ic_mean REAL", "ann_return REAL", "mdd REAL", "turnover REAL", "multi_score REAL",
                "metrics_json TEXT", "log_dir TEXT"));
        if (!legacy) {
            loops.addAll(List.of("materialization_status TEXT", "materialization_error TEXT",
                    "materialization_updated_at_utc TEXT", "asset_bundle_id TEXT",
                    "is_solidified" + flagType + " DEFAULT 0", "sync_status TEXT DEFAULT 'pending'",
                    "updated_at_utc TEXT"));
        }
        loops.add("PRIMARY KEY (task_run_id, loop_id)");
        return List.of(
                new Table("task_runs", taskRuns, List.of()),
                new Table("loops", loops, List.of()),
                new Table("factor_registry", List.of("factor_name TEXT", "expression TEXT", "performance_json TEXT",
                        "asset_bundle_id TEXT", "workspace_id TEXT", "task_run_id TEXT", "loop_id INTEGER",
                        "updated_at_utc TEXT", "PRIMARY KEY (factor_name, asset_bundle_id)"), List.of()),
                new Table("workspaces", List.of("workspace_id TEXT PRIMARY KEY", "task_run_id TEXT NOT NULL",
                        "loop_id INTEGER", "workspace_role TEXT", "experiment_type TEXT", "step_name TEXT",
                        "status TEXT", "workspace_path TEXT NOT NULL", "meta_path TEXT", "summary_path TEXT",
                        "manifest_path TEXT", "created_at_utc TEXT", "updated_at_utc TEXT"),
                        List.of(new Index("idx_workspaces_task_loop", "task_run_id, loop_id"),
                                new Index("idx_workspaces_role", "workspace_role"))),
                new Table("artifacts", List.of("artifact_id TEXT PRIMARY KEY", "task_run_id TEXT NOT NULL",
                        "loop_id INTEGER", "workspace_id TEXT NOT NULL", "artifact_type TEXT", "name TEXT",
                        "version TEXT", "status TEXT", "primary_flag INTEGER DEFAULT 0", "summary_json TEXT",
                        "entry_path TEXT", "model_type TEXT", "model_conf_json TEXT", "dataset_conf_json TEXT",
                        "feature_schema_json TEXT", "created_at_utc TEXT", "updated_at_utc TEXT"),
                        List.of(new Index("idx_artifacts_task_loop", "task_run_id, loop_id"),
                                new Index("idx_artifacts_workspace", "workspace_id"))),
                new Table("artifact_files", List.of("file_id TEXT PRIMARY KEY", "artifact_id TEXT NOT NULL",
                        "workspace_id TEXT NOT NULL", "path TEXT NOT NULL", "sha256 TEXT", "size_bytes INTEGER",
                        "mtime_utc TEXT", "kind TEXT"),
                        List.of(new Index("idx_artifact_files_artifact", "artifact_id"))));
    }

    /** One table: column definitions and constraints, then its indexes in creation order. */
    private record Table(String name, List<String> columns, List<Index> indexes) {
    }

    private record Index(String name, String columns) {
    }
}
