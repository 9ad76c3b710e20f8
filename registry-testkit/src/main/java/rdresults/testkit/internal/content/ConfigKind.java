package rdresults.testkit.internal.content;

/** The workspace YAML templates RD-Agent copies into experiment workspaces. */
public enum ConfigKind {
    COMBINED_FACTORS("conf_combined_factors.yaml"),
    COMBINED_FACTORS_DYNAMIC("conf_combined_factors_dynamic.yaml"),
    BASELINE("conf_baseline.yaml"),
    /** GeneralPTNN on model.py with the Alpha158 subset. */
    BASELINE_FACTORS_MODEL("conf_baseline_factors_model.yaml"),
    /** GeneralPTNN on model.py with the Alpha158 subset plus the run's SOTA factors. */
    SOTA_FACTORS_MODEL("conf_sota_factors_model.yaml");

    private final String fileName;

    ConfigKind(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
