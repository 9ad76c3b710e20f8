package rdresults.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rdresults.model.PythonJson;

/**
 * Factor records by name: each catalog entry with its implementation and its performance in every loop of the loop
 * catalog that used it. The implementation is the one the export resolved against the factor package
 * ({@code implementation}, with {@code implementation_status}), else the entry's recorded {@code impl_*} pointer. Built once per catalog generation, so
 * {@code /factors/{name}} is a lookup, and each answer is built once per generation.
 */
public final class FactorIndex {

    static final FactorIndex EMPTY = new FactorIndex(Map.of());

    private static final List<String> LOOP_FIELDS = List.of("task_run_id", "loop_id", "workspace_id", "decision",
            "annualized_return", "max_drawdown", "sharpe", "ic", "ic_ir", "win_rate", "is_solidified",
            "factor_impl_version");

    private final Map<String, List<ObjectNode>> byName;
    private final PageCache answers = new PageCache();

    private FactorIndex(Map<String, List<ObjectNode>> byName) {
        this.byName = byName;
    }

    /** Answers already built from this index (by factor and source), dropped with it when a catalog changes. */
    public PageCache answers() {
        return answers;
    }

    static FactorIndex build(CatalogSnapshot factors, CatalogSnapshot loops) {
        if (factors == null) {
            return EMPTY;
        }
        Map<String, List<ObjectNode>> performance = new HashMap<>();
        if (loops != null) {
            for (JsonNode loop : loops.entries()) {
                ObjectNode perf = PythonJson.nodes().objectNode();
                LOOP_FIELDS.forEach(f -> {
                    if (loop.has(f)) {
                        perf.set(f, loop.get(f));
                    }
                });
                for (JsonNode name : loop.path("factor_names")) {
                    performance.computeIfAbsent(name.asText(), n -> new ArrayList<>()).add(perf);
                }
            }
        }
        Map<String, List<ObjectNode>> byName = new HashMap<>();
        for (JsonNode entry : factors.entries()) {
            String name = entry.path("name").asText();
            ObjectNode record = ((ObjectNode) entry).deepCopy();
            if (!entry.has("implementation")) {
                // a catalog exported without a factor package: the recorded pointer is all there is
                ObjectNode impl = record.putObject("implementation");
                impl.set("impl_module", entry.path("impl_module").isMissingNode() ? null : entry.get("impl_module"));
                impl.set("impl_func", entry.path("impl_func").isMissingNode() ? null : entry.get("impl_func"));
                impl.set("impl_version", entry.path("impl_version").isMissingNode() ? null
                        : entry.get("impl_version"));
            }
            ArrayNode perLoop = record.putArray("performance_by_loop");
            performance.getOrDefault(name, List.of()).forEach(perLoop::add);
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(record);
        }
        return new FactorIndex(Map.copyOf(byName));
    }

    /** Every record named {@code name} (one per source), in catalog-key order; empty when unknown. */
    public List<ObjectNode> find(String name) {
        return byName.getOrDefault(name, List.of());
    }
}
