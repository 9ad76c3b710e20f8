package rdresults.export.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import rdresults.export.internal.workspace.LoopWorkspace;
import rdresults.export.internal.workspace.MlflowRun;
import rdresults.export.internal.workspace.MlflowRuns;
import rdresults.export.internal.workspace.WorkspaceFiles;
import rdresults.model.PythonJson;
import rdresults.model.Uuid5;

/**
 * Builds one model catalog entry (contract §4.4): {@code task_run_id}, {@code loop_id}, {@code log_dir},
 * {@code workspace_id}, {@code workspace_path} (as stored); when found {@code model_type}, {@code model_config},
 * {@code dataset_config}, {@code feature_schema} and {@code flattened_feature_list}; {@code model_artifacts} when the
 * workspace has {@code mlruns} or root weight files; {@code model_id} (§4.6); then the added {@code feature_names}
 * ({@link FeatureNames}), {@code model_run_id} ({@link MlflowRuns}), {@code model_type_source} (where
 * {@code model_type} came from, see {@link ModelFields}) and {@code model_run_id_source} (where the run id came from,
 * see {@link rdresults.export.internal.workspace.MlflowRun#source()}), null when unknown.
 */
public final class ModelEntryMapper {

    private ModelEntryMapper() {
    }

    /** The entry, or empty when the workspace shows no sign of a model (the Python exporter's skip rule). */
    static Optional<ObjectNode> toEntry(LoopWorkspace row, WorkspaceFiles files, ModelFields fields) {
        List<String> modelFiles = files.rootModelFiles();
        boolean hasMlruns = files.exists("mlruns");
        if (fields.modelConfig() == null && fields.datasetConfig() == null && fields.featureSchema() == null
                && modelFiles.isEmpty() && !hasMlruns) {
            return Optional.empty();
        }
        ObjectNode e = PythonJson.nodes().objectNode();
        e.put("task_run_id", row.loop().taskRunId());
        e.put("loop_id", row.loop().loopId());
        e.put("log_dir", row.loop().logDir());
        e.put("workspace_id", row.workspace().workspaceId());
        e.put("workspace_path", row.workspace().workspacePath());
        JsonNode modelType = ModelFields.isTruthy(fields.modelType()) ? fields.modelType() : null;
        if (modelType != null) {
            e.set("model_type", modelType.deepCopy());
        }
        setIfPresent(e, "model_config", fields.modelConfig());
        setIfPresent(e, "dataset_config", fields.datasetConfig());
        if (fields.featureSchema() != null) {
            e.set("feature_schema", fields.featureSchema().deepCopy());
            JsonNode flattened = flattened(fields.featureSchema());
            if (flattened != null && !flattened.isEmpty()) {
                e.set("flattened_feature_list", flattened.deepCopy());
            }
        }
        ObjectNode artifacts = PythonJson.nodes().objectNode();
        if (hasMlruns) {
            artifacts.put("mlruns", "mlruns");
        }
        if (!modelFiles.isEmpty()) {
            ArrayNode names = artifacts.putArray("model_files");
            modelFiles.forEach(names::add);
        }
        if (!artifacts.isEmpty()) {
            e.set("model_artifacts", artifacts);
        }
        e.put("model_id", modelId(row, modelType, fields));
        e.set("feature_names", FeatureNames.of(fields.datasetConfig(), fields.featureSchema())
                .map(JsonNode.class::cast).orElse(PythonJson.nodes().nullNode()));
        Optional<MlflowRun> run = MlflowRuns.latestRun(files);
        e.put("model_run_id", run.map(MlflowRun::runId).orElse(null));
        e.put("model_type_source", modelType == null ? null : fields.modelTypeSource());
        e.put("model_run_id_source", run.map(MlflowRun::source).orElse(null));
        return Optional.of(e);
    }

    /**
     * {@code uuid5(MODEL_NS, json.dumps({task_run_id, loop_id, workspace_id, model_type, model_config,
     * dataset_config}, sort_keys=True, ensure_ascii=False))}; {@code model_type} is null unless emitted.
     */
    static String modelId(LoopWorkspace row, JsonNode modelType, ModelFields fields) {
        ObjectNode base = PythonJson.nodes().objectNode();
        base.put("task_run_id", row.loop().taskRunId());
        base.put("loop_id", row.loop().loopId());
        base.put("workspace_id", row.workspace().workspaceId());
        base.set("model_type", orNull(modelType));
        base.set("model_config", orNull(fields.modelConfig()));
        base.set("dataset_config", orNull(fields.datasetConfig()));
        return Uuid5.hex(Uuid5.MODEL_NAMESPACE, PythonJson.dumps(base));
    }

    /** The Python exporter's flattening: a list itself, or a mapping's first list under feature/fields/columns. */
    private static JsonNode flattened(JsonNode schema) {
        if (schema.isArray()) {
            return schema;
        }
        if (schema.isObject()) {
            for (String key : List.of("feature", "fields", "columns")) {
                if (schema.path(key).isArray()) {
                    return schema.get(key);
                }
            }
        }
        return null;
    }

    private static void setIfPresent(ObjectNode e, String field, JsonNode value) {
        if (value != null) {
            e.set(field, value.deepCopy());
        }
    }

    private static JsonNode orNull(JsonNode value) {
        return value == null ? PythonJson.nodes().nullNode() : value;
    }
}
