package rdresults.cli.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import picocli.CommandLine.Mixin;
import rdresults.cli.RegistryOptions;
import rdresults.export.ExportContext;
import rdresults.export.ExportWarnings;
import rdresults.export.WorkspaceReader;
import rdresults.registry.RegistryReader;

/** A single-catalog leaf that reads the registry and its workspaces ({@code --repo-root}, ... {@code --path-map}). */
abstract class RegistryCatalogCommand extends SingleCatalogCommand {

    @Mixin
    RegistryOptions registry;

    /** Builds the catalog from {@code context}, which is open only during the call. */
    abstract ObjectNode catalog(ExportContext context);

    @Override
    final ObjectNode build(ExportWarnings warnings) {
        try (RegistryReader reader = registry.openReader()) {
            return catalog(new ExportContext(reader, registry.locator(), new WorkspaceReader(warnings),
                    Clock.systemUTC()));
        }
    }
}
