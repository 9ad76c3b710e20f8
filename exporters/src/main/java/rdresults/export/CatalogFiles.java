package rdresults.export;

import java.nio.file.Path;

/** Where the catalogs live under a repository root, and their file names (contract §0). */
public final class CatalogFiles {

    public static final String DEFAULT_DIR = "RDagentDB/aistock";
    public static final String ALPHA158 = "alpha158_meta.json";
    public static final String FACTORS = "factor_catalog.json";
    public static final String STRATEGIES = "strategy_catalog.json";
    public static final String LOOPS = "loop_catalog.json";
    public static final String MODELS = "model_catalog.json";
    /** The Qlib template whose Alpha158 subset {@code export all} reads, relative to the repository root. */
    public static final String DEFAULT_CONF_YAML =
            "rdagent/scenarios/qlib/experiment/factor_template/conf_combined_factors_dynamic.yaml";

    private CatalogFiles() {
    }

    public static Path defaultDir(Path repoRoot) {
        return repoRoot.resolve(DEFAULT_DIR);
    }
}
