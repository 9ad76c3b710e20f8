package rdresults.registry.internal.sql;

import java.util.List;
import java.util.Map;

/** Column lists of the registry tables (contract §1.2) and the defaults of columns added by migrations. */
public final class RegistryColumns {

    static final List<String> TASK_RUNS = List.of("task_run_id", "scenario", "status", "created_at_utc",
            "updated_at_utc", "git_sha", "rdagent_version", "log_trace_path", "params_json");

    static final List<String> LOOPS = List.of("task_run_id", "loop_id", "action", "status", "has_result",
            "best_workspace_id", "started_at_utc", "ended_at_utc", "error_type", "error_message", "ic_mean",
            "rank_ic_mean", "ann_return", "mdd", "turnover", "multi_score", "metrics_json", "log_dir",
            "materialization_status", "materialization_error", "materialization_updated_at_utc", "asset_bundle_id",
            "is_solidified", "sync_status", "updated_at_utc");

    static final List<String> WORKSPACES = List.of("workspace_id", "task_run_id", "loop_id", "workspace_role",
            "experiment_type", "step_name", "status", "workspace_path", "meta_path", "summary_path",
            "manifest_path", "created_at_utc", "updated_at_utc");

    static final List<String> ARTIFACTS = List.of("artifact_id", "task_run_id", "loop_id", "workspace_id",
            "artifact_type", "name", "version", "status", "primary_flag", "summary_json", "entry_path",
            "model_type", "model_conf_json", "dataset_conf_json", "feature_schema_json", "created_at_utc",
            "updated_at_utc");

    static final List<String> ARTIFACT_FILES = List.of("file_id", "artifact_id", "workspace_id", "path", "sha256",
            "size_bytes", "mtime_utc", "kind");

    /** Columns that RD-Agent's migrations add with ALTER TABLE; older registries lack them. */
    public static final Map<String, List<String>> MIGRATED = Map.of(
            "task_runs", List.of("params_json"),
            "loops", List.of("materialization_status", "materialization_error", "materialization_updated_at_utc",
                    "asset_bundle_id", "is_solidified", "sync_status", "updated_at_utc"));

    private RegistryColumns() {
    }

    /** What a missing column reads as: {@code is_solidified} defaults to 0, everything else to NULL. */
    public static String defaultLiteral(String table, String column) {
        if (table.equals("loops") && column.equals("is_solidified")) {
            return "0";
        }
        return "NULL";
    }
}
