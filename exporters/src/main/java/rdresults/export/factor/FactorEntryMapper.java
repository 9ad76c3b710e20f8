package rdresults.export.factor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the chosen {@link FactorCandidate} of a key into its catalog entry: the factor object as found (every
 * field the Python exporter emitted, in its order), then {@code best_performance} (the Python text, see
 * {@link BestPerformanceFormat}), then the added {@code best_performance_metrics}
 * ({@code {sharpe, annual_return, max_drawdown, task_run_id, loop_id}} or null) and {@code expression_fingerprint}
 * (see {@link ExpressionFingerprint}; null when the factor has no expression).
 */
final class FactorEntryMapper {

    private FactorEntryMapper() {
    }

    static ObjectNode toEntry(FactorCandidate candidate) {
        ObjectNode entry = ((ObjectNode) candidate.factor()).deepCopy();
        FactorPerformance performance = candidate.performance();
        entry.put("best_performance", BestPerformanceFormat.format(performance));
        if (performance == null) {
            entry.putNull("best_performance_metrics");
        } else {
            entry.set("best_performance_metrics", performance.toMetricsNode());
        }
        entry.put("expression_fingerprint", ExpressionFingerprint.of(expressionOf(candidate.factor())).orElse(null));
        return entry;
    }

    /** {@code expression}, else {@code formula_hint}, when non-empty text (Python's {@code or} chain). */
    static String expressionOf(JsonNode factor) {
        for (String field : new String[] {"expression", "formula_hint"}) {
            JsonNode v = factor.path(field);
            if (v.isTextual() && !v.textValue().isEmpty()) {
                return v.textValue();
            }
        }
        return null;
    }
}
