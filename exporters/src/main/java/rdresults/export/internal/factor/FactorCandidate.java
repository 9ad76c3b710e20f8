package rdresults.export.internal.factor;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.OptionalDouble;
import rdresults.model.IsoTimestamps;
import rdresults.model.PythonJson;

/**
 * One definition of a factor found by the factor catalog export (an alpha-meta entry or a {@code factor_meta.json}
 * entry) with the performance it got in its workspace. Several candidates may share a key; {@link FactorChoices}
 * picks the one the catalog keeps, {@link #RANK} the best metrics.
 *
 * @param factor       the factor object as found (shared, read-only)
 * @param name         its {@code name}
 * @param source       its {@code source}, null when absent
 * @param performance  its backtest result, null when it has none
 * @param createdAtUtc its {@code created_at_utc}, else its file's; null when neither is known
 * @param order        discovery position (alpha-meta files in argument order, then workspaces by id, then
 *                     position in the file; see {@link #workspaceOrder}); the last tie-breaker, unique per export
 * @param referencePerformance the performance as the Python exporter reads it: null also where its strict
 *                     {@code json.load} rejects {@code factor_perf.json} (a UTF-8 BOM)
 * @param referenceVisible whether the Python exporter considers this occurrence at all (see
 *                     {@link FactorCatalogPart}); occurrences it skips never decide which entry is kept
 * @param origin       where it was found
 */
public record FactorCandidate(JsonNode factor, String name, String source, FactorPerformance performance,
                       String createdAtUtc, long order, FactorPerformance referencePerformance,
                       boolean referenceVisible, FactorOrigin origin) {

    /** An occurrence the Python exporter reads as this project does. */
    FactorCandidate(JsonNode factor, String name, String source, FactorPerformance performance, String createdAtUtc,
                    long order) {
        this(factor, name, source, performance, createdAtUtc, order, performance, true, null);
    }

    /**
     * Greater is better: the higher sharpe (missing, non-numeric and NaN lowest), then having a backtest record,
     * then the newer {@code created_at_utc} (unknown oldest), then the earlier discovery.
     */
    static final Comparator<FactorCandidate> RANK = Comparator
            .comparing((FactorCandidate c) -> c.sharpe(), FactorCandidate::compareSharpe)
            .thenComparing(c -> c.performance() != null)
            .thenComparing(FactorCandidate::created, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FactorCandidate::order, Comparator.reverseOrder());

    /** Catalog order: name, then source (absent first), by code point. */
    static final Comparator<FactorCandidate> CATALOG_ORDER = Comparator
            .comparing(FactorCandidate::name, PythonJson::compareCodePoints)
            .thenComparing(FactorCandidate::source, Comparator.nullsFirst(PythonJson::compareCodePoints));

    /**
     * The discovery position of the {@code position}-th candidate of the workspace at {@code workspaceIndex}
     * (workspace id order): after every alpha-meta candidate (their positions stay below 2<sup>32</sup>) and
     * computable without knowing how many candidates other workspaces have, so workspaces can be read in any order.
     */
    static long workspaceOrder(int workspaceIndex, int position) {
        return ((workspaceIndex + 1L) << 32) | position;
    }

    /** The catalog key, ({@code name}, {@code source}). */
    Key key() {
        return new Key(name, source);
    }

    record Key(String name, String source) {
    }

    /**
     * The Python exporter's grouping key: the fingerprint of {@code expression} (else {@code formula_hint}), or the
     * name when both are empty. A whitespace-only expression is a fingerprint too (of the empty text), as in Python.
     */
    String definitionKey() {
        String expression = FactorEntryMapper.expressionOf(factor);
        return expression == null ? "name:" + name : ExpressionFingerprint.md5Hex(expression);
    }

    /** Whether it carries a definition: a non-blank {@code expression} or {@code formula_hint}. */
    boolean hasDefinition() {
        return isNonBlankText(factor.path("expression")) || isNonBlankText(factor.path("formula_hint"));
    }

    private static boolean isNonBlankText(JsonNode v) {
        return v.isTextual() && !ExpressionFingerprint.normalize(v.textValue()).isEmpty();
    }

    private OptionalDouble sharpe() {
        return performance == null ? OptionalDouble.empty() : performance.sharpeValue();
    }

    private Instant created() {
        return IsoTimestamps.parse(createdAtUtc).orElse(null);
    }

    private static int compareSharpe(OptionalDouble a, OptionalDouble b) {
        if (a.isPresent() && b.isPresent()) {
            return Double.compare(a.getAsDouble(), b.getAsDouble());
        }
        return Boolean.compare(a.isPresent(), b.isPresent());
    }
}
