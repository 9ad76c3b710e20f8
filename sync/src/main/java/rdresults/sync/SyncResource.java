package rdresults.sync;

/**
 * The API resources a sync pulls, in the order it pulls them, each with the {@code sync_state} row it keeps.
 * {@link #FACTORS} and {@link #ALPHA158} both feed {@code factor_registry} and are applied in one transaction.
 */
public enum SyncResource {
    FACTOR_PACKAGE_VERSIONS("factor_package_versions", "/factor_package/versions", "versions",
            "factor_package_version", true),
    FACTORS("factors", "/catalog/factors", "factors", "factor_registry", false),
    ALPHA158("alpha158", "/alpha158/meta", "factors", "factor_registry", false),
    STRATEGIES("strategies", "/catalog/strategies", "strategies", "strategy_registry", false),
    MODELS("models", "/catalog/models", "models", "model_registry", false),
    LOOPS("loops", "/catalog/loops", "loops", "loop_result", false);

    private final String resourceName;
    private final String path;
    private final String listKey;
    private final String table;
    private final boolean optional;

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
