package rdresults.api.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import rdresults.model.Catalog;

/**
 * The catalog files the service serves: the {@link Catalog} (file, list key, entry key) and what the service keeps
 * of each entry in memory.
 */
public enum CatalogKind {
    FACTORS(Catalog.FACTORS, null),
    STRATEGIES(Catalog.STRATEGIES, List.of("strategy_id", "action")),
    LOOPS(Catalog.LOOPS,
            List.of("task_run_id", "loop_id", "workspace_id", "status", "decision", "is_solidified", "started_at_utc",
                    "ended_at_utc", "updated_at_utc", "factor_names", "annualized_return", "max_drawdown", "sharpe",
                    "ic", "ic_ir", "win_rate", "factor_impl_version")),
    MODELS(Catalog.MODELS, List.of("model_id", "task_run_id", "loop_id")),
    ALPHA158(Catalog.ALPHA158, null);

    private final Catalog catalog;
    private final List<String> indexedFields;

    CatalogKind(Catalog catalog, List<String> indexedFields) {
        this.catalog = catalog;
        this.indexedFields = indexedFields;
    }

    /** The catalog's one description (file, list key, key fields, API path). */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * The fields of each entry kept as a tree for filters, field selection and the factor index; the rest of an
     * entry lives only as its serialized bytes. Null: the whole entry (the factor catalogs are small).
     */
    public List<String> indexedFields() {
        return indexedFields;
    }

    public String fileName() {
        return catalog.fileName();
    }

    public String listKey() {
        return catalog.listKey();
    }

    /** A string that orders entries by the catalog key and identifies one entry (for cursors). */
    public String sortKey(JsonNode entry) {
        return catalog.entryKey(entry);
    }

    /** Name used in cursors and messages, e.g. {@code factors}. */
    public String resource() {
        return catalog.resource();
    }
}
