package rdresults.testkit.internal.plan;

/** Files (and the mlruns tree) a workspace folder may hold, besides its YAML configs. */
public enum WorkspaceFile {
    READ_EXP_RES("read_exp_res.py"),
    FACTOR_PY("factor.py"),
    MODEL_PY("model.py"),
    PARQUET("combined_factors_df.parquet"),
    QLIB_RES("qlib_res.csv"),
    RET_PKL("ret.pkl"),
    RET_SCHEMA_JSON("ret_schema.json"),
    SIGNALS_JSON("signals.json"),
    MLRUNS("mlruns"),
    MODEL_PKL("model.pkl"),
    RET_CURVE("ret_curve.png"),
    DD_CURVE("dd_curve.png"),
    FACTOR_META("factor_meta.json"),
    FACTOR_PERF("factor_perf.json"),
    FEEDBACK("feedback.json"),
    MODEL_META("model_meta.json"),
    STRATEGY_META("strategy_meta.json"),
    WORKSPACE_META("workspace_meta.json"),
    EXPERIMENT_SUMMARY("experiment_summary.json"),
    MANIFEST("manifest.json");

    private final String fileName;

    WorkspaceFile(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
