package rdresults.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import rdresults.export.internal.factor.ImplementationFields;
import rdresults.factorlib.resolve.FactorImplementations;

/**
 * What {@link FactorCatalogExporter} reads besides the registry.
 *
 * @param alphaMetaFiles  the {@code --alpha-meta} files (e.g. {@code alpha158_meta.json}), in argument order; a
 *                        missing or invalid one is skipped with a warning
 * @param implementations the factor package to resolve entries against ({@link ImplementationFields}); null when
 *                        no package is known (entries then carry no {@code implementation} fields)
 */
public record FactorCatalogOptions(List<Path> alphaMetaFiles, FactorImplementations implementations) {

    public FactorCatalogOptions {
        alphaMetaFiles = List.copyOf(alphaMetaFiles);
    }

    /** No factor package known. */
    public FactorCatalogOptions(List<Path> alphaMetaFiles) {
        this(alphaMetaFiles, null);
    }

    /** No alpha-meta files: workspace factors only. */
    public static FactorCatalogOptions workspacesOnly() {
        return new FactorCatalogOptions(List.of());
    }

    public Optional<FactorImplementations> findImplementations() {
        return Optional.ofNullable(implementations);
    }
}
