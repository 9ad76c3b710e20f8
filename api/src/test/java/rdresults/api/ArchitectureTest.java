package rdresults.api;

import rdresults.model.testing.ModuleArchitectureTest;

/**
 * The module rules on the compiled classes of the service and the libraries it embeds (model, registry, exporters,
 * factor-lib). The CLI's {@code ArchitectureTest} checks the CLI, sync and the registry test kit.
 */
class ArchitectureTest extends ModuleArchitectureTest {
}
