package rdresults.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import rdresults.registry.RegistryReader;
import rdresults.registry.workspace.WorkspaceLocator;

/**
 * The exporters' entry point for embedding: every catalog of a repository root in one call. The parts it wires
 * ({@link CatalogExportJob}, {@link RegistryReader}, {@link WorkspaceLocator}) stay available for callers that need
 * progress, path mappings or their own clock.
 */
public final class Exports {

    /** Where RD-Agent keeps its registry under a repository root. */
    public static final String REGISTRY = "RDagentDB/registry.sqlite";

    private Exports() {
    }

    /**
     * Writes {@code alpha158_meta.json} and the factor, strategy, loop and model catalogs as {@code options} say
     * (start from {@link ExportAllOptions#defaults(Path)}), reading {@code repoRoot}'s registry and workspaces.
     *
     * @throws rdresults.registry.RegistryException when the registry is missing or unreadable
     * @throws ExportException                      when a catalog cannot be written
     */
    public static ExportSummary all(Path repoRoot, ExportAllOptions options) {
        WorkspaceLocator locator = WorkspaceLocator.forRepoRoot(repoRoot, List.of());
        try (RegistryReader registry = RegistryReader.open(repoRoot.resolve(REGISTRY))) {
            return CatalogExportJob.run(registry, locator, options, Clock.systemUTC(), ExportProgress.NONE);
        }
    }
}
