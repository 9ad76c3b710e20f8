package rdresults.cli.export;

import java.nio.file.Path;
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

    /** Writes the catalog of {@code context} (open only during the call) to {@code target}; returns entries. */
    abstract int write(ExportContext context, Path target);

    @Override
    final int write(Path target, ExportWarnings warnings) {
        try (RegistryReader reader = registry.openReader()) {
            return write(new ExportContext(reader, registry.locator(), new WorkspaceReader(warnings),
                    Clock.systemUTC()), target);
        }
    }
}
