package rdresults.export.internal.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import rdresults.export.internal.Truthiness;
import rdresults.export.internal.workspace.WorkspaceFiles;

/**
 * The configuration blocks a strategy entry reports (contract §4.2), each taken from the first template, in sorted
 * order, that has it: {@code data_handler_config}, {@code task.dataset}, {@code port_analysis_config.strategy}
 * (reported as {@code portfolio_config}), {@code port_analysis_config.backtest} and {@code task.model}. Blocks are
 * the YAML cache's shared trees: read-only. Null components are absent blocks.
 */
record StrategyConfigs(JsonNode dataConfig, JsonNode datasetConfig, JsonNode portfolioConfig,
                       JsonNode backtestConfig, JsonNode modelConfig) {

    static final StrategyConfigs NONE = new StrategyConfigs(null, null, null, null, null);

    /** Scans {@code templates} in order, stopping once every block was found non-empty (as the reference does). */
    static StrategyConfigs scan(WorkspaceFiles files, List<String> templates) {
        JsonNode data = null;
        JsonNode dataset = null;
        JsonNode portfolio = null;
        JsonNode backtest = null;
        JsonNode model = null;
        for (String rel : templates) {
            Optional<JsonNode> parsed = files.yaml(rel);
            if (parsed.isEmpty() || parsed.get().isEmpty()) {
                continue;
            }
            JsonNode cfg = parsed.get();
            data = firstObject(data, cfg.get("data_handler_config"));
            JsonNode pac = cfg.get("port_analysis_config");
            if (pac != null && pac.isObject()) {
                portfolio = firstObject(portfolio, pac.get("strategy"));
                backtest = firstObject(backtest, pac.get("backtest"));
            }
            JsonNode task = cfg.get("task");
            if (task != null && task.isObject()) {
                model = firstObject(model, task.get("model"));
                dataset = firstObject(dataset, task.get("dataset"));
            }
            if (nonEmpty(data) && nonEmpty(portfolio) && nonEmpty(backtest) && nonEmpty(model) && nonEmpty(dataset)) {
                break;
            }
        }
        return new StrategyConfigs(data, dataset, portfolio, backtest, model);
    }

    /**
     * Writes the reference's structured fields in its key order: the blocks present, then {@code feature_list}
     * (when not empty), {@code market} (when {@code instruments} is a string), {@code instruments} and
     * {@code freq} (always {@code "1d"}). Blocks are copied, so the entry never shares the cached trees.
     */
    void writeTo(ObjectNode entry) {
        putCopy(entry, "data_config", dataConfig);
        putCopy(entry, "dataset_config", datasetConfig);
        putCopy(entry, "portfolio_config", portfolioConfig);
        putCopy(entry, "backtest_config", backtestConfig);
        putCopy(entry, "model_config", modelConfig);
        List<String> features = featureList();
        if (!features.isEmpty()) {
            features.forEach(entry.putArray("feature_list")::add);
        }
        JsonNode instruments = instruments();
        if (instruments != null && instruments.isTextual()) {
            entry.put("market", instruments.textValue());
        }
        if (instruments != null) {
            entry.set("instruments", instruments.deepCopy());
        }
        entry.put("freq", "1d");
    }

    /**
     * {@code FilterCol} column lists of {@code data_config.infer_processors}, else of the dataset handler's; string
     * items, de-duplicated in first-seen order.
     */
    List<String> featureList() {
        Set<String> out = new LinkedHashSet<>();
        if (dataConfig != null) {
            filterColumns(dataConfig.get("infer_processors"), out);
        }
        if (out.isEmpty() && datasetConfig != null) {
            handlerKwargs().ifPresent(kwargs -> filterColumns(kwargs.get("infer_processors"), out));
        }
        return new ArrayList<>(out);
    }

    /** {@code dataset_config.kwargs.handler.kwargs.instruments}, else {@code data_config.instruments}; any type. */
    JsonNode instruments() {
        JsonNode found = handlerKwargs().map(k -> k.get("instruments")).orElse(null);
        if (isNone(found) && dataConfig != null) {
            found = dataConfig.get("instruments");
        }
        return isNone(found) ? null : found;
    }

    /** The class name of the model block, if it is a string. */
    Optional<String> modelClass() {
        JsonNode cls = modelConfig == null ? null : modelConfig.get("class");
        return cls != null && cls.isTextual() ? Optional.of(cls.textValue()) : Optional.empty();
    }

    /**
     * The handler kwargs of the dataset block. The reference walks it with {@code (x.get(k) or {})}: a missing or
     * falsy level reads as empty, a truthy non-mapping level aborts the lookup; both give empty here.
     */
    private Optional<JsonNode> handlerKwargs() {
        JsonNode node = datasetConfig;
        for (String key : List.of("kwargs", "handler", "kwargs")) {
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            node = node.get(key);
        }
        return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    }

    /** Collects FilterCol columns; like the reference, stops at the first processor whose kwargs are unusable. */
    private static void filterColumns(JsonNode processors, Set<String> out) {
        if (processors == null || !processors.isArray()) {
            return;
        }
        for (JsonNode proc : processors) {
            if (!proc.isObject() || !"FilterCol".equals(proc.path("class").textValue())) {
                continue;
            }
            JsonNode kwargs = proc.get("kwargs");
            if (!Truthiness.isTruthy(kwargs)) {
                continue;
            }
            if (!kwargs.isObject()) {
                return;
            }
            JsonNode cols = kwargs.get("col_list");
            if (cols != null && cols.isArray()) {
                cols.forEach(c -> {
                    if (c.isTextual()) {
                        out.add(c.textValue());
                    }
                });
            }
        }
    }

    private static JsonNode firstObject(JsonNode current, JsonNode candidate) {
        return current == null && candidate != null && candidate.isObject() ? candidate : current;
    }

    private static boolean nonEmpty(JsonNode block) {
        return block != null && !block.isEmpty();
    }

    private static boolean isNone(JsonNode n) {
        return n == null || n.isNull();
    }

    private static void putCopy(ObjectNode entry, String key, JsonNode block) {
        if (block != null) {
            entry.set(key, block.deepCopy());
        }
    }
}
