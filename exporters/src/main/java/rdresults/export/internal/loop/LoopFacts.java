package rdresults.export.internal.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import rdresults.export.ExportWarnings;
import rdresults.export.internal.strategy.StrategyIds;
import rdresults.export.internal.workspace.MlflowRuns;
import rdresults.export.internal.workspace.WorkspaceFiles;
import rdresults.model.PythonJson;

/**
 * What one loop workspace's folder says, read once: the gate facts, KPIs, feedback, paths and the seed extras.
 * Missing or unusable files leave their piece empty (warned by {@link WorkspaceFiles}); nothing here throws.
 *
 * @param resolved   whether the workspace folder was found; when false every other component is empty
 * @param templates  the recursive YAML templates that the {@code strategy_id} hashes
 * @param paths      the reference's {@code paths} object
 */
record LoopFacts(boolean resolved, ModelFiles modelFiles, boolean hasRootYaml, boolean hasRootPython,
                 List<String> factorNames, List<String> templates, LoopKpis kpis, FeedbackSummary feedback,
                 ObjectNode paths, String modelRunId, String factorImplVersion) {

    static final String FACTOR_META = "factor_meta.json";
    static final String FACTOR_PERF = "factor_perf.json";
    static final String FEEDBACK = "feedback.json";

    LoopFacts {
        factorNames = List.copyOf(factorNames);
        templates = List.copyOf(templates);
    }

    /** The facts of a workspace whose folder cannot be found. */
    static LoopFacts unresolved() {
        return new LoopFacts(false, ModelFiles.NONE, false, false, List.of(), List.of(), LoopKpis.none(),
                FeedbackSummary.NONE, PythonJson.nodes().objectNode(), null, null);
    }

    static LoopFacts read(WorkspaceFiles files, ExportWarnings warnings) {
        ModelFiles models = ModelFiles.of(files);
        JsonNode perf = objectOrNull(files, FACTOR_PERF, warnings);
        return new LoopFacts(true, models,
                !files.rootFilesEndingWith(".yaml", ".yml").isEmpty(),
                !files.rootFilesEndingWith(".py").isEmpty(),
                FactorNames.of(perf),
                StrategyIds.templates(files),
                LoopKpis.of(perf),
                FeedbackSummary.of(objectOrNull(files, FEEDBACK, warnings)),
                paths(files, models),
                MlflowRuns.latestRunId(files).orElse(null),
                FactorImplVersion.of(objectOrNull(files, FACTOR_META, warnings)).orElse(null));
    }

    /** The {@code strategy_id} of this workspace for the loop's step and action, or null when unresolved. */
    String strategyId(String stepName, String action) {
        return resolved ? StrategyIds.of(null, stepName, action, templates) : null;
    }

    /** Existing files among the reference's list, then the model file names, in the reference's key order. */
    private static ObjectNode paths(WorkspaceFiles files, ModelFiles models) {
        ObjectNode paths = PythonJson.nodes().objectNode();
        putIfExists(paths, files, "factor_meta", FACTOR_META);
        putIfExists(paths, files, "factor_perf", FACTOR_PERF);
        putIfExists(paths, files, "feedback", FEEDBACK);
        putIfExists(paths, files, "ret_curve", "ret_curve.png");
        putIfExists(paths, files, "dd_curve", "dd_curve.png");
        putIfExists(paths, files, "mlruns", "mlruns");
        List<String> names = models.referenceNames();
        if (!names.isEmpty()) {
            names.forEach(paths.putArray("model_files")::add);
        }
        return paths;
    }

    private static void putIfExists(ObjectNode paths, WorkspaceFiles files, String key, String relative) {
        if (files.exists(relative)) {
            paths.put(key, relative);
        }
    }

    /** The parsed JSON file when its root is an object; another root type is unusable, and warned. */
    private static JsonNode objectOrNull(WorkspaceFiles files, String relative, ExportWarnings warnings) {
        Optional<JsonNode> doc = files.json(relative);
        if (doc.isEmpty() || doc.get().isNull()) {
            return null;
        }
        if (!doc.get().isObject()) {
            warnings.warn("skipped " + files.folder().resolve(relative) + ": root is not a JSON object");
            return null;
        }
        return doc.get();
    }
}
