package rdresults.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Every setting of the results service, under {@code rdr.*} (properties, env vars {@code RDR_*}, flags). */
@ConfigMapping(prefix = "rdr")
public interface RdrConfig {

    /** The RD-Agent repository root: registry at {@code RDagentDB/registry.sqlite}, catalogs at {@code RDagentDB/aistock/}. */
    @WithDefault(".")
    String repoRoot();

    /** Registry file; default {@code <repo-root>/RDagentDB/registry.sqlite}. */
    Optional<String> registrySqlite();

    /** Catalog folder; default {@code <repo-root>/RDagentDB/aistock}. */
    Optional<String> catalogDir();

    /** Workspace path rewrites {@code FROM=TO}, applied before the built-in Windows/WSL rules. */
    Optional<List<String>> pathMaps();

    Api api();

    Export export();

    FactorLib factorLib();

    /** The shared factor package whose versions {@code /factor_package/*} serves. */
    interface FactorLib {
        /** Package root (the folder holding {@code rd_factors_lib/}); default: env {@code RD_FACTORS_LIB_ROOT}. */
        Optional<String> root();
    }

    /** HTTP-facing settings. */
    interface Api {
        /** When set, every endpoint except health requires {@code Authorization: Bearer <token>}. */
        Optional<String> token();

        /** How often catalog files are checked for changes made by an external {@code rdr export}. */
        @WithDefault("2s")
        Duration reloadInterval();

        /**
         * Where the indexes of loaded catalogs are kept between runs, so a restart on unchanged catalogs reads no
         * catalog ({@code <dir>/rdr-catalog-index/<catalog folder hash>/}); default {@code java.io.tmpdir};
         * {@code off} keeps none.
         */
        Optional<String> indexDir();
    }

    /** Catalog export settings. */
    interface Export {
        /** Export at start-up when catalogs are missing or older than the registry. */
        @WithDefault("true")
        boolean onStart();

        /** Re-export schedule ({@code off}, or a duration such as {@code 10m}). */
        @WithDefault("off")
        String every();

        /** Optional Qlib YAML for alpha158 meta; default the factor template under the repository root. */
        Optional<String> confYaml();
    }
}
