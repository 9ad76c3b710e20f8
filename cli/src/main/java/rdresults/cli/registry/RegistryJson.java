package rdresults.cli.registry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import rdresults.model.Artifact;
import rdresults.model.ArtifactFile;
import rdresults.model.Loop;
import rdresults.model.PythonJson;
import rdresults.model.TaskRun;
import rdresults.model.Workspace;

/**
 * Registry rows as JSON objects whose keys are the registry's column names, in the DDL's order (contract §1.2).
 * Flags are booleans, as in the exported catalogs. Written out field by field: no reflection.
 */
public final class RegistryJson {

    private RegistryJson() {
    }

    public static ObjectNode taskRun(TaskRun r) {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("task_run_id", r.taskRunId());
        n.put("scenario", r.scenario());
        n.put("status", r.status());
        n.put("created_at_utc", r.createdAtUtc());
        n.put("updated_at_utc", r.updatedAtUtc());
        n.put("git_sha", r.gitSha());
        n.put("rdagent_version", r.rdagentVersion());
        n.put("log_trace_path", r.logTracePath());
        n.put("params_json", r.paramsJson());
        return n;
    }

    public static ObjectNode loop(Loop l) {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("task_run_id", l.taskRunId());
        n.put("loop_id", l.loopId());
        n.put("action", l.action());
        n.put("status", l.status());
        n.put("has_result", l.hasResult());
        n.put("best_workspace_id", l.bestWorkspaceId());
        n.put("started_at_utc", l.startedAtUtc());
        n.put("ended_at_utc", l.endedAtUtc());
        n.put("error_type", l.errorType());
        n.put("error_message", l.errorMessage());
        n.put("ic_mean", l.icMean());
        n.put("rank_ic_mean", l.rankIcMean());
        n.put("ann_return", l.annReturn());
        n.put("mdd", l.mdd());
        n.put("turnover", l.turnover());
        n.put("multi_score", l.multiScore());
        n.put("metrics_json", l.metricsJson());
        n.put("log_dir", l.logDir());
        n.put("materialization_status", l.materializationStatus());
        n.put("materialization_error", l.materializationError());
        n.put("materialization_updated_at_utc", l.materializationUpdatedAtUtc());
        n.put("asset_bundle_id", l.assetBundleId());
        n.put("is_solidified", l.isSolidified());
        n.put("sync_status", l.syncStatus());
        n.put("updated_at_utc", l.updatedAtUtc());
        return n;
    }

    public static ObjectNode workspace(Workspace w) {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("workspace_id", w.workspaceId());
        n.put("task_run_id", w.taskRunId());
        n.put("loop_id", w.loopId());
        n.put("workspace_role", w.workspaceRole());
        n.put("experiment_type", w.experimentType());
        n.put("step_name", w.stepName());
        n.put("status", w.status());
        n.put("workspace_path", w.workspacePath());
        n.put("meta_path", w.metaPath());
        n.put("summary_path", w.summaryPath());
        n.put("manifest_path", w.manifestPath());
        n.put("created_at_utc", w.createdAtUtc());
        n.put("updated_at_utc", w.updatedAtUtc());
        return n;
    }

    /** An artifact with its {@code artifact_files} rows under {@code files}. */
    public static ObjectNode artifact(Artifact a) {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("artifact_id", a.artifactId());
        n.put("task_run_id", a.taskRunId());
        n.put("loop_id", a.loopId());
        n.put("workspace_id", a.workspaceId());
        n.put("artifact_type", a.artifactType());
        n.put("name", a.name());
        n.put("version", a.version());
        n.put("status", a.status());
        n.put("primary_flag", a.primary());
        n.put("summary_json", a.summaryJson());
        n.put("entry_path", a.entryPath());
        n.put("model_type", a.modelType());
        n.put("model_conf_json", a.modelConfJson());
        n.put("dataset_conf_json", a.datasetConfJson());
        n.put("feature_schema_json", a.featureSchemaJson());
        n.put("created_at_utc", a.createdAtUtc());
        n.put("updated_at_utc", a.updatedAtUtc());
        ArrayNode files = n.putArray("files");
        a.files().forEach(f -> files.add(artifactFile(f)));
        return n;
    }

    public static ObjectNode artifactFile(ArtifactFile f) {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("file_id", f.fileId());
        n.put("artifact_id", f.artifactId());
        n.put("workspace_id", f.workspaceId());
        n.put("path", f.path());
        n.put("sha256", f.sha256());
        n.put("size_bytes", f.sizeBytes());
        n.put("mtime_utc", f.mtimeUtc());
        n.put("kind", f.kind());
        return n;
    }
}
