package rdresults.export.internal.factor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import rdresults.model.PythonJson;

/**
 * The backtest result a factor gets from one {@code factor_perf.json} (contract §2.4, §4.1 step 3): the first
 * window of the combination that lists the factor. Metric values are kept as found (they may be null, text or NaN);
 * only finite-or-infinite JSON numbers count as numbers.
 *
 * @param sharpe       {@code windows[0].sharpe} as found
 * @param annualReturn {@code windows[0].annual_return} as found
 * @param maxDrawdown  {@code windows[0].max_drawdown} as found
 * @param taskRunId    the file's {@code task_run_id}, else the workspace row's; may be null
 * @param loopId       the file's integral {@code loop_id}, else the workspace row's; may be null
 */
public record FactorPerformance(JsonNode sharpe, JsonNode annualReturn, JsonNode maxDrawdown, String taskRunId,
                                Long loopId) {

    public FactorPerformance {
        sharpe = sharpe == null ? NullNode.getInstance() : sharpe;
        annualReturn = annualReturn == null ? NullNode.getInstance() : annualReturn;
        maxDrawdown = maxDrawdown == null ? NullNode.getInstance() : maxDrawdown;
    }

    /**
     * Maps each factor name of a {@code factor_perf.json} document to its performance: for every combination with a
     * window, {@code windows[0]} applies to each of its {@code factor_names}; a later combination overrides an
     * earlier one (as the Python exporter does). Combinations without a window object are ignored.
     */
    public static Map<String, FactorPerformance> byFactorName(JsonNode perf, String rowTaskRunId, Long rowLoopId) {
        Map<String, FactorPerformance> out = new HashMap<>();
        if (perf == null || !perf.isObject()) {
            return out;
        }
        String taskRunId = perf.path("task_run_id").isTextual() ? perf.get("task_run_id").textValue() : rowTaskRunId;
        Long loopId = perf.path("loop_id").canConvertToLong() && perf.get("loop_id").isIntegralNumber()
                ? Long.valueOf(perf.get("loop_id").longValue()) : rowLoopId;
        for (JsonNode combo : perf.path("combinations")) {
            JsonNode window = combo.path("windows").path(0);
            if (!window.isObject()) {
                continue;
            }
            FactorPerformance p = new FactorPerformance(window.get("sharpe"), window.get("annual_return"),
                    window.get("max_drawdown"), taskRunId, loopId);
            for (JsonNode name : combo.path("factor_names")) {
                if (name.isTextual()) {
                    out.put(name.textValue(), p);
                }
            }
        }
        return out;
    }

    /** The sharpe ratio as a number for ranking; empty when missing, not a number or NaN. */
    public OptionalDouble sharpeValue() {
        return numeric(sharpe);
    }

    /** {@code {sharpe, annual_return, max_drawdown, task_run_id, loop_id}}; non-numeric metrics become null. */
    public ObjectNode toMetricsNode() {
        ObjectNode m = PythonJson.nodes().objectNode();
        m.set("sharpe", numberOrNull(sharpe));
        m.set("annual_return", numberOrNull(annualReturn));
        m.set("max_drawdown", numberOrNull(maxDrawdown));
        m.put("task_run_id", taskRunId);
        m.put("loop_id", loopId);
        return m;
    }

    static OptionalDouble numeric(JsonNode value) {
        if (value == null || !value.isNumber() || Double.isNaN(value.doubleValue())) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value.doubleValue());
    }

    private static JsonNode numberOrNull(JsonNode value) {
        return value.isNumber() ? value.deepCopy() : NullNode.getInstance();
    }
}
