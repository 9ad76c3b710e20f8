package rdresults.export.internal.factor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the {@link FactorChoices.FactorChoice} of a key into its catalog entry: the chosen factor object as found
 * (every field the Python exporter emitted, in its order), then {@code best_performance} (the Python text of that
 * occurrence's performance as the Python exporter reads it, see {@link BestPerformanceFormat}), then the added
 * {@code best_performance_metrics} (the best of every occurrence of the key:
 * {@code {sharpe, annual_return, max_drawdown, task_run_id, loop_id}} or null), {@code expression_fingerprint}
 * (see {@link ExpressionFingerprint}; null when the factor has no expression) and {@code alternative_definitions}
 * (the key's other definitions: {@code expression}, {@code formula_hint}, {@code best_performance_metrics},
 * {@code origin}; first found first).
 */
public final class FactorEntryMapper {

    private FactorEntryMapper() {
    }

    static ObjectNode toEntry(FactorChoices.FactorChoice choice) {
        FactorCandidate candidate = choice.entry();
        ObjectNode entry = ((ObjectNode) candidate.factor()).deepCopy();
        entry.put("best_performance", BestPerformanceFormat.format(
                candidate.referenceVisible() ? candidate.referencePerformance() : candidate.performance()));
        entry.set("best_performance_metrics", metrics(choice.bestMetrics()));
        entry.put("expression_fingerprint", ExpressionFingerprint.of(expressionOf(candidate.factor())).orElse(null));
        ArrayNode alternatives = entry.putArray("alternative_definitions");
        for (FactorChoices.Alternative a : choice.alternatives()) {
            ObjectNode alt = alternatives.addObject();
            alt.set("expression", textOrNull(a.definition().factor().get("expression")));
            alt.set("formula_hint", textOrNull(a.definition().factor().get("formula_hint")));
            alt.set("best_performance_metrics", metrics(a.bestMetrics()));
            FactorOrigin origin = a.definition().origin();
            alt.set("origin", origin == null ? NullNode.getInstance() : origin.toNode());
        }
        return entry;
    }

    private static JsonNode metrics(FactorCandidate c) {
        return c.performance() == null ? NullNode.getInstance() : c.performance().toMetricsNode();
    }

    private static JsonNode textOrNull(JsonNode v) {
        return v == null ? NullNode.getInstance() : v.deepCopy();
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
