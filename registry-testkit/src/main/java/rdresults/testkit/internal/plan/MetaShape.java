package rdresults.testkit.internal.plan;

/** How the backfill filled factor_meta.json (contract §2.3, "where the factor list comes from"). */
public enum MetaShape {
    /** From the run log: descriptions, formulas and variables of the loop's factors. */
    FULL,
    /** Without a log: names only, empty descriptions, formulas and variables. */
    BARE,
    /** From the Alpha158 block of the workspace YAML: the 20 features, source {@code qlib_alpha158}. */
    ALPHA
}
