package rdresults.testkit.internal.planner;

import java.util.List;

/** Error texts of failed loops and failed materializations, as RD-Agent and the backfill report them. */
final class LoopVocabulary {

    /** {@code {error_type, error_message}} pairs of failed factor loops. */
    static final List<List<String>> FACTOR_ERRORS = List.of(
            List.of("CoderError", "Failed to implement factor after 5 attempts: KeyError: '$turnover_rate' not in"
                    + " daily_pv.h5"),
            List.of("CoderError", "Failed to implement factor after 5 attempts: ValueError: cannot reindex on an axis"
                    + " with duplicate labels"),
            List.of("FactorEmptyError", "All generated factor values are NaN after the warm-up window"),
            List.of("RunnerError", "Qlib backtest failed: ValueError: combined_factors_df.parquet has no overlapping"
                    + " instruments with the market 'csi300'"));

    /** {@code {error_type, error_message}} pairs of failed model loops. */
    static final List<List<String>> MODEL_ERRORS = List.of(
            List.of("CoderError", "Failed to implement model after 5 attempts: RuntimeError: mat1 and mat2 shapes"
                    + " cannot be multiplied (256x20 and 23x64)"),
            List.of("RunnerError", "Docker container exited with code 137 (out of memory) while training GeneralPTNN"),
            List.of("TimeoutError", "Model training exceeded the 3600s time limit"));

    static final List<String> MATERIALIZATION_ERRORS = List.of(
            "FileNotFoundError: [Errno 2] No such file or directory: 'qlib_res.csv'",
            "KeyError: 'factor_names'",
            "yaml.constructor.ConstructorError: could not determine a constructor for the tag"
                    + " 'tag:yaml.org,2002:python/object/apply:numpy.core.multiarray.scalar'",
            "sqlite3.OperationalError: database is locked");

    static final List<String> GIT_SHAS = List.of("8f5385d6d02cd1cb9d3ada4971e1b8c8e4c823f2",
            "6ec72144010c3fe5ef468a9c18cd33dc0521fdae");

    static final String RDAGENT_VERSION = "0.7.1.dev189+g3ca288b";

    private LoopVocabulary() {
    }
}
