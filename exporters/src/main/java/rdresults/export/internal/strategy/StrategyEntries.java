package rdresults.export.internal.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import rdresults.export.ExportWarnings;
import rdresults.export.internal.workspace.LoopWorkspace;
import rdresults.export.internal.workspace.WorkspaceFiles;
import rdresults.model.PythonJson;

/**
 * Writes one strategy catalog entry from the row that represents the strategy: the reference's fields in its key
 * order (contract §4.2), then the additions {@code model_type} (the model block's {@code class}, else
 * {@code model_meta.json}'s {@code model_type}) and {@code train_start} … {@code test_end}, each null when unknown.
 */
public final class StrategyEntries {

    private StrategyEntries() {
    }

    static ObjectNode toEntry(String id, LoopWorkspace row, WorkspaceFiles files, List<String> templates,
                              ExportWarnings warnings) {
        ObjectNode e = PythonJson.nodes().objectNode();
        e.put("strategy_id", id);
        e.putNull("scenario");
        e.put("step_name", row.workspace().stepName());
        e.put("action", row.loop().action());
        ObjectNode example = e.putObject("workspace_example");
        example.put("task_run_id", row.loop().taskRunId());
        example.put("loop_id", row.loop().loopId());
        example.put("workspace_id", row.workspace().workspaceId());
        example.put("workspace_path", row.workspace().workspacePath());
        templates.forEach(e.putArray("template_files")::add);
        e.set("python_implementation", PythonImplementation.of(files, warnings));
        StrategyConfigs configs = StrategyConfigs.scan(files, templates);
        configs.writeTo(e);
        e.put("model_type", configs.modelClass().or(() -> modelMetaType(files)).orElse(null));
        Segments.of(configs.datasetConfig()).writeTo(e);
        return e;
    }

    private static Optional<String> modelMetaType(WorkspaceFiles files) {
        return files.json("model_meta.json")
                .map(meta -> meta.get("model_type"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::textValue)
                .filter(s -> !s.isBlank());
    }
}
