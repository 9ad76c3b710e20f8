package rdresults.registry.internal.sql;

import java.util.List;
import rdresults.model.Artifact;
import rdresults.model.ArtifactFile;
import rdresults.model.Loop;
import rdresults.model.TaskRun;
import rdresults.model.Workspace;

/** The readable registry tables and their row mappers. */
public final class RegistryTables {

    public static final RegistryTableSpec<TaskRun> TASK_RUNS = new RegistryTableSpec<>("task_runs", "task_runs", "t",
            RegistryColumns.TASK_RUNS, List.of("task_run_id"), List.of(String.class), r -> List.of(r.taskRunId()), rs -> new TaskRun(
                    Rows.text(rs, "task_run_id"), Rows.text(rs, "scenario"), Rows.text(rs, "status"),
                    Rows.text(rs, "created_at_utc"), Rows.text(rs, "updated_at_utc"), Rows.text(rs, "git_sha"),
                    Rows.text(rs, "rdagent_version"), Rows.text(rs, "log_trace_path"),
                    Rows.text(rs, "params_json")));

    public static final RegistryTableSpec<Loop> LOOPS = new RegistryTableSpec<>("loops", "loops", "l", RegistryColumns.LOOPS,
            List.of("task_run_id", "loop_id"), List.of(String.class, Long.class), r -> List.of(r.taskRunId(), r.loopId()),
            rs -> new Loop(
                    Rows.text(rs, "task_run_id"), rs.getLong("loop_id"), Rows.text(rs, "action"),
                    Rows.text(rs, "status"), Rows.flag(rs, "has_result"), Rows.text(rs, "best_workspace_id"),
                    Rows.text(rs, "started_at_utc"), Rows.text(rs, "ended_at_utc"), Rows.text(rs, "error_type"),
                    Rows.text(rs, "error_message"), Rows.finite(rs, "ic_mean"), Rows.finite(rs, "rank_ic_mean"),
                    Rows.finite(rs, "ann_return"), Rows.finite(rs, "mdd"), Rows.finite(rs, "turnover"),
                    Rows.finite(rs, "multi_score"), Rows.text(rs, "metrics_json"), Rows.text(rs, "log_dir"),
                    Rows.text(rs, "materialization_status"), Rows.text(rs, "materialization_error"),
                    Rows.text(rs, "materialization_updated_at_utc"), Rows.text(rs, "asset_bundle_id"),
                    Rows.flag(rs, "is_solidified"), Rows.text(rs, "sync_status"), Rows.text(rs, "updated_at_utc")));

    public static final RegistryTableSpec<Workspace> WORKSPACES = new RegistryTableSpec<>("workspaces", "workspaces", "w",
            RegistryColumns.WORKSPACES, List.of("workspace_id"), List.of(String.class), r -> List.of(r.workspaceId()),
            rs -> new Workspace(
                    Rows.text(rs, "workspace_id"), Rows.text(rs, "task_run_id"), Rows.integer(rs, "loop_id"),
                    Rows.text(rs, "workspace_role"), Rows.text(rs, "experiment_type"), Rows.text(rs, "step_name"),
                    Rows.text(rs, "status"), Rows.text(rs, "workspace_path"), Rows.text(rs, "meta_path"),
                    Rows.text(rs, "summary_path"), Rows.text(rs, "manifest_path"), Rows.text(rs, "created_at_utc"),
                    Rows.text(rs, "updated_at_utc")));

    public static final RegistryTableSpec<Artifact> ARTIFACTS = new RegistryTableSpec<>("artifacts", "artifacts", "a",
            RegistryColumns.ARTIFACTS, List.of("artifact_id"), List.of(String.class), r -> List.of(r.artifactId()),
            rs -> new Artifact(
                    Rows.text(rs, "artifact_id"), Rows.text(rs, "task_run_id"), Rows.integer(rs, "loop_id"),
                    Rows.text(rs, "workspace_id"), Rows.text(rs, "artifact_type"), Rows.text(rs, "name"),
                    Rows.text(rs, "version"), Rows.text(rs, "status"), Rows.flag(rs, "primary_flag"),
                    Rows.text(rs, "summary_json"), Rows.text(rs, "entry_path"), Rows.text(rs, "model_type"),
                    Rows.text(rs, "model_conf_json"), Rows.text(rs, "dataset_conf_json"),
                    Rows.text(rs, "feature_schema_json"), Rows.text(rs, "created_at_utc"),
                    Rows.text(rs, "updated_at_utc"), List.of()));

    public static final RegistryTableSpec<ArtifactFile> ARTIFACT_FILES = new RegistryTableSpec<>("artifact_files",
            "artifact_files", "f",
            RegistryColumns.ARTIFACT_FILES, List.of("file_id"), List.of(String.class), r -> List.of(r.fileId()),
            rs -> new ArtifactFile(
                    Rows.text(rs, "file_id"), Rows.text(rs, "artifact_id"), Rows.text(rs, "workspace_id"),
                    Rows.text(rs, "path"), Rows.text(rs, "sha256"), Rows.integer(rs, "size_bytes"),
                    Rows.text(rs, "mtime_utc"), Rows.text(rs, "kind")));

    private RegistryTables() {
    }
}
