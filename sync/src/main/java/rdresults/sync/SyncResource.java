package rdresults.sync;

import rdresults.model.Catalog;

/**
 * The API resources a sync pulls, in the order it pulls them, each with the {@code sync_state} row it keeps.
 * {@link #FACTORS} and {@link #ALPHA158} both feed {@code factor_registry} and are applied in one transaction.
 */
public enum SyncResource {
    FACTOR_PACKAGE_VERSIONS("factor_package_versions", "/factor_package/versions", "versions",
            "factor_package_version", true),
    FACTORS("factors", Catalog.FACTORS, "factor_registry"),
    ALPHA158("alpha158", Catalog.ALPHA158, "factor_registry"),
    STRATEGIES("strategies", Catalog.STRATEGIES, "strategy_registry"),
    MODELS("models", Catalog.MODELS, "model_registry"),
    LOOPS("loops", Catalog.LOOPS, "loop_result");

    private final String resourceName;
    private final String path;
    private final String listKey;
    private final String table;
    private final boolean optional;

    /** A catalog: its path and list key come from the catalog's description; a 404 is a failure. */
    SyncResource(String resourceName, Catalog catalog, String table) {
        this(resourceName, catalog.apiPath(), catalog.listKey(), table, false);
    }

    SyncResource(String resourceName, String path, String listKey, String table, boolean optional) {
        this.resourceName = resourceName;
        this.path = path;
        this.listKey = listKey;
        this.table = table;
        this.optional = optional;
    }

    /** The name in {@code sync_state.resource}, reports and error messages. */
    public String resourceName() {
        return resourceName;
    }

    /** The API path. */
    public String path() {
        return path;
    }

    /** The key of the entry list in the body. */
    public String listKey() {
        return listKey;
    }

    /** The consumer table it fills. */
    public String table() {
        return table;
    }

    /** Whether a 404 means "nothing published" rather than a failure. */
    public boolean optional() {
        return optional;
    }
}
