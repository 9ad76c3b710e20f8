package rdresults.testkit.internal.workspace;

import static rdresults.testkit.internal.content.QlibConfigs.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rdresults.testkit.internal.content.ConfigKind;
import rdresults.testkit.internal.content.ModelCode;
import rdresults.testkit.internal.content.QlibConfig;
import rdresults.testkit.internal.content.QlibConfigs;
import rdresults.testkit.internal.content.QlibMetrics;
import rdresults.testkit.conventions.EpochMicros;
import rdresults.testkit.internal.plan.Action;
import rdresults.testkit.internal.plan.Feedback;
import rdresults.testkit.internal.plan.LoopPlan;
import rdresults.testkit.internal.plan.WorkspaceKind;
import rdresults.testkit.internal.plan.WorkspacePlan;

/**
 * Builds the backfill's JSON documents (contract §2.3 to §2.8) as ordered maps, which {@link WorkspaceWriter} writes
 * as Python's {@code json.dump(doc, indent=2, ensure_ascii=False)} does.
 */
public final class WorkspaceDocuments {

    private static final List<String> SUMMARY_FILES = List.of("qlib_res.csv", "ret.pkl", "ret_schema.parquet",
            "ret_schema.json", "signals.parquet", "signals.json", "combined_factors_df.parquet", "mlruns");

    private final QlibConfigs configs;
    private final ModelCode modelCode;

    WorkspaceDocuments(QlibConfigs configs, ModelCode modelCode) {
        this.configs = configs;
        this.modelCode = modelCode;
    }

    Map<String, Object> factorMeta(LoopPlan loop) {
        Map<String, Object> doc = envelope(loop);
        doc.put("created_at_utc", EpochMicros.iso(loop.times().ended()));
        doc.put("factors", FactorEntries.of(loop));
        return doc;
    }

    /** factor_perf.json; {@code factorNames} are the names factor_meta.json lists (empty when it has none). */
    Map<String, Object> factorPerf(LoopPlan loop, List<String> factorNames) {
        Map<String, Object> doc = envelope(loop);
        doc.put("generated_at_utc", EpochMicros.iso(loop.times().ended()));
        doc.put("factors", List.of());
        doc.put("combinations", List.of(combination(loop, factorNames)));
        return doc;
    }

    /** The single combination: also what solidification stores in {@code factor_registry.performance_json}. */
    public static Map<String, Object> combination(LoopPlan loop, List<String> factorNames) {
        QlibMetrics metrics = loop.content().metrics();
        Map<String, Object> values = new LinkedHashMap<>();
        if (loop.content().junkMetricKeys()) {
            // csv.DictReader over a ",0" header keeps the first data row: {"": "IC", "0": <IC>}
            values.put("", QlibMetrics.IC);
            values.put("0", metrics.get(QlibMetrics.IC));
        }
        values.putAll(metrics.values());
        derive(values, metrics, "annualized_return", QlibMetrics.ANNUALIZED, QlibMetrics.ANNUALIZED);
        derive(values, metrics, "max_drawdown", QlibMetrics.MAX_DRAWDOWN, QlibMetrics.MAX_DRAWDOWN);
        derive(values, metrics, "sharpe", QlibMetrics.INFORMATION_RATIO, QlibMetrics.INFORMATION_RATIO);
        values.put("ic", metrics.get(QlibMetrics.IC));
        values.put("ic_ir", metrics.get(QlibMetrics.ICIR));
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("name", "main_window");
        window.put("annual_return", values.get("annualized_return"));
        window.put("max_drawdown", values.get("max_drawdown"));
        window.put("sharpe", values.get("sharpe"));
        window.put("metrics", values);
        return map("name", "main", "factor_names", factorNames, "windows", List.of(window));
    }

    /** Without-cost first, then with-cost, as the backfill derives them; absent when neither exists. */
    private static void derive(Map<String, Object> values, QlibMetrics metrics, String key, String without,
                               String with) {
        if (metrics.has(QlibMetrics.WITHOUT_COST + without)) {
            values.put(key, metrics.get(QlibMetrics.WITHOUT_COST + without));
        } else if (metrics.has(QlibMetrics.WITH_COST + with)) {
            values.put(key, metrics.get(QlibMetrics.WITH_COST + with));
        }
    }

    Map<String, Object> feedback(LoopPlan loop) {
        Feedback feedback = loop.content().feedback();
        Map<String, Object> doc = envelope(loop);
        doc.put("generated_at_utc", EpochMicros.iso(loop.times().ended()));
        doc.put("decision", feedback.decision());
        doc.put("hypothesis", feedback.hypothesis());
        doc.put("summary", map("execution", feedback.execution(), "value_feedback", feedback.valueFeedback(),
                "shape_feedback", feedback.shapeFeedback(), "code_critic", feedback.codeCritic(),
                "limitations", feedback.limitations()));
        return doc;
    }

    /** model_meta.json; the experiment workspace carries the YAML's model and dataset blocks. */
    Map<String, Object> modelMeta(LoopPlan loop, WorkspacePlan workspace) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model_type", modelCode.modelType(loop.content().model()));
        boolean experiment = workspace.kind() == WorkspaceKind.EXPERIMENT;
        ConfigKind kind = loop.content().mainConfig();
        QlibConfig config = loop.content().config();
        doc.put("model_conf", experiment ? configs.modelConf(config) : null);
        doc.put("dataset_conf", experiment ? configs.datasetConf(kind, config) : null);
        doc.put("feature_schema", experiment ? configs.featureSchema(kind, config) : null);
        doc.put("preprocess_config", map("normalize", "zscore", "fillna", "forward_fill", "clip", null,
                "standardize_features", true));
        if (!experiment) {
            doc.put("task_run_id", loop.taskRunId());
            doc.put("loop_id", loop.loopId());
            doc.put("workspace_id", workspace.workspaceId());
        }
        return doc;
    }

    /** strategy_meta.json; without a strategy YAML the fork points at a placeholder. */
    static Map<String, Object> strategyMeta(WorkspacePlan workspace) {
        String name = "strategy_" + workspace.folder().replace('-', '_');
        String func = workspace.configs().isEmpty() ? "get_placeholder_config" : "get_" + name + "_config";
        Map<String, Object> portfolio = map(
                "signal_config", map("top_k", 50, "min_score", 0.5, "max_positions", 50, "score_field", "score"),
                "weight_config", map("method", "equal_weight", "max_single_weight", 0.05),
                "rebalance_config", map("freq", "1d", "rebalance_threshold", 0.1),
                "risk_config", map("max_drawdown", 0.2, "max_single_loss", 0.05));
        return map("strategy_name", name, "impl_module", "rd_strategies_lib.generated", "impl_func", func,
                "python_implementation", map("module", "rd_strategies_lib.generated", "func", func),
                "portfolio_config", portfolio);
    }

    static Map<String, Object> workspaceMeta(LoopPlan loop, WorkspacePlan workspace) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("task_run_id", loop.taskRunId());
        doc.put("loop_id", loop.loopId());
        doc.put("action", loop.action().key());
        doc.put("workspace_id", workspace.workspaceId());
        doc.put("workspace_role", workspace.role());
        doc.put("experiment_type", workspace.experimentType());
        doc.put("workspace_path", workspace.storedPath());
        doc.put("status", workspace.status());
        doc.put("has_result", loop.state().hasResult());
        doc.put("generated_at_utc", EpochMicros.iso(loop.times().materializedAt()));
        List<String> required = loop.action() == Action.FACTOR
                ? List.of("combined_factors_df.parquet", "factor.py") : List.of("qlib_res.csv", "ret.pkl", "model.pkl");
        doc.put("result_criteria", map("required_files", required, "has_result", loop.state().hasResult()));
        doc.put("task_run", map("task_run_id", loop.taskRunId()));
        doc.put("loop", map("task_run_id", loop.taskRunId(), "loop_id", loop.loopId(), "action", loop.action().key()));
        doc.put("pointers", map("meta_path", "workspace_meta.json", "summary_path", "experiment_summary.json",
                "manifest_path", "manifest.json"));
        return doc;
    }

    static Map<String, Object> experimentSummary(LoopPlan loop, WorkspacePlan workspace) {
        Map<String, Object> doc = workspaceMeta(loop, workspace);
        Map<String, Object> files = new LinkedHashMap<>();
        for (String name : SUMMARY_FILES) {
            files.put(name, workspace.files().stream().anyMatch(f -> f.fileName().equals(name)) ? name : null);
        }
        doc.put("files", files);
        doc.put("artifacts", List.of());
        return doc;
    }

    static Map<String, Object> manifest(LoopPlan loop, WorkspacePlan workspace) {
        Map<String, Object> doc = workspaceMeta(loop, workspace);
        doc.put("artifacts", List.of());
        return doc;
    }

    private static Map<String, Object> envelope(LoopPlan loop) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", "v1");
        doc.put("task_run_id", loop.taskRunId());
        doc.put("loop_id", loop.loopId());
        return doc;
    }
}
