package rdresults.export.internal.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import rdresults.export.internal.Truthiness;
import rdresults.model.PythonJson;

/**
 * The backtest KPIs of a loop, read from window 0 of combination 0 of {@code factor_perf.json} exactly as the
 * reference does (contract §4.3). Values keep their JSON type; null means absent. NaN stays NaN here and is written
 * as null by the catalog writer.
 *
 * @param metrics a copy of the window's whole {@code metrics} object, or {@code {}}
 */
record LoopKpis(JsonNode annualizedReturn, JsonNode maxDrawdown, JsonNode sharpe, JsonNode ic, JsonNode icIr,
                JsonNode winRate, ObjectNode metrics) {

    static LoopKpis none() {
        return new LoopKpis(null, null, null, null, null, null, PythonJson.nodes().objectNode());
    }

    /** The KPIs of {@code factorPerf} (null when the file is absent); a malformed structure gives {@link #none()}. */
    static LoopKpis of(JsonNode factorPerf) {
        JsonNode window = mainWindow(factorPerf);
        if (window == null) {
            return none();
        }
        Builder b = new Builder();
        if (window.has("annual_return")) {
            b.annualizedReturn = window.get("annual_return");
        }
        if (window.has("max_drawdown")) {
            b.maxDrawdown = window.get("max_drawdown");
        }
        if (window.has("sharpe")) {
            b.sharpe = window.get("sharpe");
        }
        JsonNode m = window.get("metrics");
        if (Truthiness.isTruthy(m) && m.isObject()) {
            b.fromMetrics((ObjectNode) m);
        }
        return b.build();
    }

    /** {@code combinations[0].windows[0]} when every level has the expected shape, else null. */
    private static JsonNode mainWindow(JsonNode factorPerf) {
        if (factorPerf == null || !factorPerf.isObject()) {
            return null;
        }
        JsonNode combos = factorPerf.get("combinations");
        if (combos == null || !combos.isArray() || combos.isEmpty() || !combos.get(0).isObject()) {
            return null;
        }
        JsonNode windows = combos.get(0).get("windows");
        if (windows == null || !windows.isArray() || windows.isEmpty() || !windows.get(0).isObject()) {
            return null;
        }
        return windows.get(0);
    }

    /** Writes the six KPI fields and {@code metrics}, in the reference's key order. */
    void writeTo(ObjectNode entry) {
        entry.set("annualized_return", orNull(annualizedReturn));
        entry.set("max_drawdown", orNull(maxDrawdown));
        entry.set("sharpe", orNull(sharpe));
        entry.set("ic", orNull(ic));
        entry.set("ic_ir", orNull(icIr));
        entry.set("win_rate", orNull(winRate));
        entry.set("metrics", metrics);
    }

    private static JsonNode orNull(JsonNode value) {
        return value == null ? PythonJson.nodes().nullNode() : value.deepCopy();
    }

    private static boolean isNone(JsonNode value) {
        return value == null || value.isNull();
    }

    private static final class Builder {
        private JsonNode annualizedReturn;
        private JsonNode maxDrawdown;
        private JsonNode sharpe;
        private JsonNode ic;
        private JsonNode icIr;
        private JsonNode winRate;
        private ObjectNode metrics = PythonJson.nodes().objectNode();

        void fromMetrics(ObjectNode m) {
            metrics = m.deepCopy();
            if (isNone(annualizedReturn)) {
                // the first key naming the annualised return wins, even when its value is null
                for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (f.getKey().contains("annualized_return")) {
                        annualizedReturn = f.getValue();
                        break;
                    }
                }
            }
            if (isNone(annualizedReturn)) {
                // pandas' to_csv placeholder pair: {"Unnamed: 0": "<metric name>", "0": <value>}
                JsonNode name = m.get("Unnamed: 0");
                JsonNode value = m.get("0");
                if (name != null && name.isTextual() && name.textValue().contains("annualized_return")
                        && !isNone(value)) {
                    annualizedReturn = value;
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String k = f.getKey();
                String lk = k.toLowerCase(Locale.ROOT);
                if (isNone(ic) && lk.equals("ic")) {
                    ic = f.getValue();
                }
                if (isNone(icIr) && (k.equals("ICIR") || k.equals("ic_ir") || lk.equals("icir") || lk.equals("ic ir"))) {
                    icIr = f.getValue();
                }
                if (isNone(winRate) && (lk.contains("win_rate") || lk.contains("winrate") || lk.contains("hit_ratio"))) {
                    winRate = f.getValue();
                }
            }
        }

        LoopKpis build() {
            return new LoopKpis(annualizedReturn, maxDrawdown, sharpe, ic, icIr, winRate, metrics);
        }
    }
}
