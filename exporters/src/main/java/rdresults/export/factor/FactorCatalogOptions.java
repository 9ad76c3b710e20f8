package rdresults.export.factor;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link FactorCatalogExporter} reads besides the registry.
 *
 * @param alphaMetaFiles the {@code --alpha-meta} files (e.g. {@code alpha158_meta.json}), in argument order; a
 *                       missing or invalid one is skipped with a warning
 */
public record FactorCatalogOptions(List<Path> alphaMetaFiles) {

    public FactorCatalogOptions {
        alphaMetaFiles = List.copyOf(alphaMetaFiles);
    }

    /** No alpha-meta files: workspace factors only. */
    public static FactorCatalogOptions workspacesOnly() {
        return new FactorCatalogOptions(List.of());
    }
}
