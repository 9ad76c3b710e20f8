package rdresults.export.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import rdresults.export.CatalogWriter;
import rdresults.export.ExportContext;
import rdresults.export.LoopWorkspace;
import rdresults.export.WorkspaceFiles;
import rdresults.model.PythonJson;

/**
 * The strategy catalog ({@code strategy_catalog.json}, contract §4.2): one entry per distinct {@code strategy_id}
 * over the {@code loops ⋈ workspaces} rows whose loop has a result and whose folder resolves, sorted by id.
 *
 * <p>Every reference field keeps its meaning; added fields: {@code model_type} (the model block's {@code class},
 * else {@code model_meta.json}'s {@code model_type}) and {@code train_start} … {@code test_end} (from the dataset
 * block's segments), each null when unknown. Which row represents a strategy is deterministic: the earliest, see
 * {@link StrategyRows}. YAML is parsed only for the representative row of each new id.
 */
public final class StrategyCatalogExporter {

    /** The list key of the envelope. */
    public static final String LIST_KEY = "strategies";

    private static final Logger LOG = Logger.getLogger(StrategyCatalogExporter.class);

    private final ExportContext context;

    public StrategyCatalogExporter(ExportContext context) {
        this.context = context;
    }

    /** The entries, sorted by {@code strategy_id}. */
    public List<ObjectNode> entries() {
        List<ObjectNode> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int rows = 0;
        for (LoopWorkspace row : StrategyRows.candidates(context.loopWorkspaces())) {
            Optional<WorkspaceFiles> files = context.files(row.workspace());
            if (files.isEmpty()) {
                continue;
            }
            rows++;
            List<String> templates = StrategyIds.templates(files.get());
            String id = StrategyIds.of(null, row.workspace().stepName(), row.loop().action(), templates);
            if (seen.add(id)) {
                entries.add(entry(id, row, files.get(), templates));
            }
        }
        entries.sort((a, b) -> PythonJson.compareCodePoints(a.get("strategy_id").textValue(),
                b.get("strategy_id").textValue()));
        LOG.debugf("strategy catalog: %d strategies from %d workspace rows", entries.size(), rows);
        return entries;
    }

    /** The whole catalog document: the common envelope around {@link #entries()}. */
    public ObjectNode catalog() {
        return CatalogWriter.envelope(LIST_KEY, entries(), context.now());
    }

    /** Writes the catalog to {@code output} atomically and returns the number of entries. */
    public int export(Path output) {
        ObjectNode catalog = catalog();
        CatalogWriter.write(output, catalog);
        int count = catalog.get(LIST_KEY).size();
        LOG.infof("strategy catalog: wrote %d strategies to %s", count, output);
        return count;
    }

    private ObjectNode entry(String id, LoopWorkspace row, WorkspaceFiles files, List<String> templates) {
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
        e.set("python_implementation", PythonImplementation.of(files, context.warnings()));
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
