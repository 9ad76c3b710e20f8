package rdresults.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;

/** The catalog files the service serves, each with its list key and the key that identifies an entry. */
public enum CatalogKind {
    FACTORS("factor_catalog.json", "factors", e -> e.path("name").asText() + "\u0000" + e.path("source").asText(),
            null),
    STRATEGIES("strategy_catalog.json", "strategies", e -> e.path("strategy_id").asText(),
            List.of("strategy_id", "action")),
    LOOPS("loop_catalog.json", "loops", e -> e.path("task_run_id").asText() + "\u0000"
            + String.format("%012d", e.path("loop_id").asLong()) + "\u0000" + e.path("workspace_id").asText(),
            List.of("task_run_id", "loop_id", "workspace_id", "status", "decision", "is_solidified", "started_at_utc",
                    "ended_at_utc", "updated_at_utc", "factor_names", "annualized_return", "max_drawdown", "sharpe",
                    "ic", "ic_ir", "win_rate", "factor_impl_version")),
    MODELS("model_catalog.json", "models", e -> e.path("model_id").asText(),
            List.of("model_id", "task_run_id", "loop_id")),
    ALPHA158("alpha158_meta.json", "factors", e -> e.path("name").asText(), null);

    private final String fileName;
    private final String listKey;
    private final Function<JsonNode, String> sortKey;
    private final List<String> indexedFields;

    CatalogKind(String fileName, String listKey, Function<JsonNode, String> sortKey, List<String> indexedFields) {
        this.fileName = fileName;
        this.listKey = listKey;
        this.sortKey = sortKey;
        this.indexedFields = indexedFields;
    }

    /**
     * The fields of each entry kept as a tree for filters, field selection and the factor index; the rest of an
     * entry lives only as its serialized bytes. Null: the whole entry (the factor catalogs are small).
     */
    public List<String> indexedFields() {
        return indexedFields;
    }

    public String fileName() {
        return fileName;
    }

    public String listKey() {
        return listKey;
    }

    /** A string that orders entries by the catalog key and identifies one entry (for cursors). */
    public String sortKey(JsonNode entry) {
        return sortKey.apply(entry);
    }

    /** Name used in cursors and messages, e.g. {@code factors}. */
    public String resource() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
