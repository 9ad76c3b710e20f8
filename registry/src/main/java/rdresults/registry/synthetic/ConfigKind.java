package rdresults.registry.synthetic;

/** The workspace YAML templates RD-Agent copies into experiment workspaces. */
enum ConfigKind {
    COMBINED_FACTORS("conf_combined_factors.yaml", false),
    COMBINED_FACTORS_DYNAMIC("conf_combined_factors_dynamic.yaml", false),
    BASELINE("conf_baseline.yaml", false),
    BASELINE_FACTORS_MODEL("conf_baseline_factors_model.yaml", true),
    SOTA_FACTORS_MODEL("conf_sota_factors_model.yaml", true);

    private final String fileName;
    private final boolean model;

    ConfigKind(String fileName, boolean model) {
        this.fileName = fileName;
        this.model = model;
    }

    String fileName() {
        return fileName;
    }

    /** Model templates train GeneralPTNN on model.py; the others train LightGBM on the factors. */
    boolean isModel() {
        return model;
    }
}
