package rdresults.testkit;

/**
 * Irregularities seen in real registries that readers must survive. Each enabled case is applied to a few loops,
 * which {@link GeneratedRegistry#edgeCases()} and GENERATED_BY.json list.
 */
public enum EdgeCase {
    /** feedback.json and factor_perf.json start with a UTF-8 byte order mark. */
    BOM_JSON("bom_json"),
    /** Bare {@code NaN} tokens in factor_perf.json metrics and window sharpe (Python's json.dump default). */
    NAN_METRICS("nan_metrics"),
    /** {@code "sharpe": null} in the factor_perf.json window (the exporter crashes on it). */
    NULL_SHARPE("null_sharpe"),
    /**
     * {@code has_result} / {@code is_solidified} stored as TEXT {@code '1'}. SQLite converts {@code '1'} to an
     * integer in an INTEGER column, so with this case the two columns are declared without a type.
     */
    TEXT_FLAGS("text_flags"),
    /** The loop's workspace rows store {@code F:\...} paths. */
    WINDOWS_PATH("windows_path"),
    /** The loop's workspace rows store {@code /mnt/f/...} paths. */
    WSL_PATH("wsl_path"),
    /** The loop's workspace rows store {@code f:/...} paths. */
    FWD_SLASH_WINDOWS_PATH("fwd_slash_windows_path"),
    /** A workspace row whose folder does not exist (its artifact rows are kept). */
    MISSING_WORKSPACE_DIR("missing_workspace_dir"),
    /** A workspace JSON file cut off in the middle. */
    CORRUPT_JSON("corrupt_json"),
    /** A second {@code report} artifact row for one workspace (fan-out in LEFT JOINs). */
    DUPLICATE_REPORT_ARTIFACT("duplicate_report_artifact"),
    /** Two factors with different names and the same expression in one factor_meta.json. */
    SAME_EXPRESSION_DIFFERENT_NAMES("same_expression_different_names"),
    /** A factor name with CJK characters, a {@code /} and spaces. */
    UNICODE_FACTOR_NAMES("unicode_factor_names"),
    /** Tables created without the columns later migrations added (contract §1.2); applies to the whole DB. */
    LEGACY_SCHEMA("legacy_schema");

    private final String key;

    EdgeCase(String key) {
        this.key = key;
    }

    /** The snake_case name used in GENERATED_BY.json and on command lines. */
    public String key() {
        return key;
    }

    /**
     * Parses {@link #key()} or the constant name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the text and the keys allowed
     */
    public static EdgeCase fromKey(String text) {
        return EnumKeys.parse(values(), EdgeCase::key, text, "edge case");
    }
}
