package rdresults.export;

/**
 * What a loop catalog export selects.
 *
 * @param limit          keep only the {@code limit} most recently started entries after selection; 0 (or, as the
 *                       reference's {@code --limit} accepts, a negative number) means no limit
 * @param solidifiedOnly the reference selection: solidified loops with an asset bundle whose workspace passes every
 *                       gate; otherwise every loop with a result, incomplete ones flagged
 */
public record LoopCatalogOptions(int limit, boolean solidifiedOnly) {

    /** Every loop with a result, no limit. */
    public static final LoopCatalogOptions DEFAULTS = new LoopCatalogOptions(0, false);

    public LoopCatalogOptions {
        limit = Math.max(limit, 0);
    }

    public LoopCatalogOptions withLimit(int n) {
        return new LoopCatalogOptions(n, solidifiedOnly);
    }

    public LoopCatalogOptions withSolidifiedOnly(boolean value) {
        return new LoopCatalogOptions(limit, value);
    }

    public boolean hasLimit() {
        return limit > 0;
    }
}
