package rdresults.export;

import java.nio.file.Path;
import rdresults.model.Catalog;

/**
 * Where the catalogs live under a repository root (contract §0). The file names are those of {@link Catalog}, repeated
 * here as constants for the exporters' callers.
 */
public final class CatalogFiles {

    public static final String DEFAULT_DIR = "RDagentDB/aistock";
    public static final String ALPHA158 = Catalog.ALPHA158.fileName();
    public static final String FACTORS = Catalog.FACTORS.fileName();
    public static final String STRATEGIES = Catalog.STRATEGIES.fileName();
    public static final String LOOPS = Catalog.LOOPS.fileName();
    public static final String MODELS = Catalog.MODELS.fileName();
    /** The Qlib template whose Alpha158 subset {@code export all} reads, relative to the repository root. */
    public static final String DEFAULT_CONF_YAML =
            "rdagent/scenarios/qlib/experiment/factor_template/conf_combined_factors_dynamic.yaml";

    private CatalogFiles() {
    }

    public static Path defaultDir(Path repoRoot) {
        return repoRoot.resolve(DEFAULT_DIR);
    }
}
