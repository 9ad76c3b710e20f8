package rdresults.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import rdresults.model.Artifact;
import rdresults.model.ArtifactFile;
import rdresults.model.InvalidInputException;
import rdresults.model.Loop;
import rdresults.model.PythonJson;
import rdresults.model.TaskRun;
import rdresults.model.Workspace;
import rdresults.registry.query.Page;

/**
 * Registry rows as JSON objects whose keys are the registry's column names (snake_case), shared by every
 * machine-readable view (CLI {@code --json}, API registry endpoints), so they stay identical.
 */
public final class RegistryJson {

    private RegistryJson() {
    }

    public static ObjectNode taskRun(TaskRun r) {
        ObjectNode o = PythonJson.nodes().objectNode();
        o.put("task_run_id", r.taskRunId());
        o.put("scenario", r.scenario());
        o.put("status", r.status());
        o.put("created_at_utc", r.createdAtUtc());
        o.put("updated_at_utc", r.updatedAtUtc());
        o.put("git_sha", r.gitSha());
        o.put("rdagent_version", r.rdagentVersion());
        o.put("log_trace_path", r.logTracePath());
        o.put("params_json", r.paramsJson());
        return o;
    }

    public static ObjectNode loop(Loop l) {
        ObjectNode o = PythonJson.nodes().objectNode();
        o.put("task_run_id", l.taskRunId());
        o.put("loop_id", l.loopId());
        o.put("action", l.action());
        o.put("status", l.status());
        o.put("has_result", l.hasResult());
        o.put("best_workspace_id", l.bestWorkspaceId());
        o.put("started_at_utc", l.startedAtUtc());
        o.put("ended_at_utc", l.endedAtUtc());
        o.put("error_type", l.errorType());
        o.put("error_message", l.errorMessage());
        o.put("ic_mean", l.icMean());
        o.put("rank_ic_mean", l.rankIcMean());
        o.put("ann_return", l.annReturn());
        o.put("mdd", l.mdd());
        o.put("turnover", l.turnover());
        o.put("multi_score", l.multiScore());
        o.put("metrics_json", l.metricsJson());
        o.put("log_dir", l.logDir());
        o.put("materialization_status", l.materializationStatus());
        o.put("materialization_error", l.materializationError());
        o.put("materialization_updated_at_utc", l.materializationUpdatedAtUtc());
        o.put("asset_bundle_id", l.assetBundleId());
        o.put("is_solidified", l.isSolidified());
        o.put("sync_status", l.syncStatus());
        o.put("updated_at_utc", l.updatedAtUtc());
        return o;
    }

    public static ObjectNode workspace(Workspace w) {
        ObjectNode o = PythonJson.nodes().objectNode();
        o.put("workspace_id", w.workspaceId());
        o.put("task_run_id", w.taskRunId());
        o.put("loop_id", w.loopId());
        o.put("workspace_role", w.workspaceRole());
        o.put("experiment_type", w.experimentType());
        o.put("step_name", w.stepName());
        o.put("status", w.status());
        o.put("workspace_path", w.workspacePath());
        o.put("meta_path", w.metaPath());
        o.put("summary_path", w.summaryPath());
        o.put("manifest_path", w.manifestPath());
        o.put("created_at_utc", w.createdAtUtc());
        o.put("updated_at_utc", w.updatedAtUtc());
        return o;
    }

    /**
     * An artifact with every column and its files under {@code files}; {@code primary_flag} is a boolean and
     * {@code summary} holds {@code summary_json} parsed ({@code {}} when it is not a JSON object), the shape the
     * Python service's {@code /loops/{..}/artifacts} entries had.
     */
    public static ObjectNode artifact(Artifact a) {
        ObjectNode o = PythonJson.nodes().objectNode();
        o.put("artifact_id", a.artifactId());
        o.put("task_run_id", a.taskRunId());
        o.put("loop_id", a.loopId());
        o.put("workspace_id", a.workspaceId());
        o.put("artifact_type", a.artifactType());
        o.put("name", a.name());
        o.put("version", a.version());
        o.put("status", a.status());
        o.put("primary_flag", a.primary());
        o.put("summary_json", a.summaryJson());
        o.set("summary", summary(a.summaryJson()));
        o.put("entry_path", a.entryPath());
        o.put("model_type", a.modelType());
        o.put("model_conf_json", a.modelConfJson());
        o.put("dataset_conf_json", a.datasetConfJson());
        o.put("feature_schema_json", a.featureSchemaJson());
        o.put("created_at_utc", a.createdAtUtc());
        o.put("updated_at_utc", a.updatedAtUtc());
        ArrayNode files = o.putArray("files");
        a.files().forEach(f -> files.add(file(f)));
        return o;
    }

    public static ObjectNode file(ArtifactFile f) {
        ObjectNode o = PythonJson.nodes().objectNode();
        o.put("file_id", f.fileId());
        o.put("artifact_id", f.artifactId());
        o.put("workspace_id", f.workspaceId());
        o.put("path", f.path());
        o.put("sha256", f.sha256());
        o.put("size_bytes", f.sizeBytes());
        o.put("mtime_utc", f.mtimeUtc());
        o.put("kind", f.kind());
        return o;
    }

    /** {@code {"items": [...], "next_cursor": ...}} for one page. */
    public static <T> ObjectNode page(Page<T> page, Function<T, ObjectNode> item) {
        ObjectNode o = PythonJson.nodes().objectNode();
        ArrayNode items = o.putArray("items");
        page.items().forEach(i -> items.add(item.apply(i)));
        o.put("next_cursor", page.nextCursor());
        return o;
    }

    /** A JSON array of rows. */
    public static <T> ArrayNode list(List<T> rows, Function<T, ObjectNode> item) {
        ArrayNode a = PythonJson.nodes().arrayNode();
        rows.forEach(r -> a.add(item.apply(r)));
        return a;
    }

    private static JsonNode summary(String json) {
        if (json == null || json.isBlank()) {
            return PythonJson.nodes().objectNode();
        }
        try {
            JsonNode node = PythonJson.parse(json, "summary_json");
            return node.isObject() ? node : PythonJson.nodes().objectNode();
        } catch (InvalidInputException e) {
            return PythonJson.nodes().objectNode();
        }
    }
}
