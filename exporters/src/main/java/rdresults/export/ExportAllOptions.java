package rdresults.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code export all} writes and from where: the output folder, the Qlib YAML for the Alpha158 meta (null: skip
 * it), whether the meta lists the full canonical 158, and the loop catalog's selection.
 */
public record ExportAllOptions(Path repoRoot, Path outDir, Path confYaml, boolean alpha158Full,
                               LoopCatalogOptions loops) {

    public ExportAllOptions {
        Objects.requireNonNull(repoRoot, "repoRoot");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(loops, "loops");
    }

    /** The defaults of the issue: {@code R/RDagentDB/aistock} and the factor template YAML under R. */
    public static ExportAllOptions defaults(Path repoRoot) {
        return new ExportAllOptions(repoRoot, CatalogFiles.defaultDir(repoRoot),
                repoRoot.resolve(CatalogFiles.DEFAULT_CONF_YAML), false, LoopCatalogOptions.DEFAULTS);
    }

    /**
     * {@code config_path} as the Python tool writes it when run from the repository root: relative to R when the
     * YAML lies under it, else the absolute path.
     */
    public String configPath() {
        Path root = repoRoot.toAbsolutePath().normalize();
        Path yaml = confYaml.toAbsolutePath().normalize();
        return (yaml.startsWith(root) ? root.relativize(yaml) : yaml).toString().replace('\\', '/');
    }
}
