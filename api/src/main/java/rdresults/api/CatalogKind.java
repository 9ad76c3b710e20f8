package rdresults.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/** The catalog files the service serves, each with its list key and the key that identifies an entry. */
public enum CatalogKind {
    FACTORS("factor_catalog.json", "factors", e -> e.path("name").asText() + "\u0000" + e.path("source").asText()),
    STRATEGIES("strategy_catalog.json", "strategies", e -> e.path("strategy_id").asText()),
    LOOPS("loop_catalog.json", "loops", e -> e.path("task_run_id").asText() + "\u0000"
            + String.format("%012d", e.path("loop_id").asLong()) + "\u0000" + e.path("workspace_id").asText()),
    MODELS("model_catalog.json", "models", e -> e.path("model_id").asText()),
    ALPHA158("alpha158_meta.json", "factors", e -> e.path("name").asText());

    private final String fileName;
    private final String listKey;
    private final Function<JsonNode, String> sortKey;

    CatalogKind(String fileName, String listKey, Function<JsonNode, String> sortKey) {
        this.fileName = fileName;
        this.listKey = listKey;
        this.sortKey = sortKey;
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
