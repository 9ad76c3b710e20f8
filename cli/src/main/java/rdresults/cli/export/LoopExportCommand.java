package rdresults.cli.export;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import rdresults.cli.RdrVersionProvider;
import rdresults.export.ExportContext;
import rdresults.export.LoopCatalogExporter;

/** {@code rdr export loops}: as {@code tools/export_aistock_loop_catalog.py}. */
@Command(name = "loops", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class, sortOptions = false,
        description = "Write loop_catalog.json: one entry per (task_run_id, loop_id, workspace_id) of the "
                + "selected loops, sorted by that key.")
class LoopExportCommand extends RegistryCatalogCommand {

    @Mixin
    LoopSelectionOptions selection;

    @Override
    int write(ExportContext context, Path target) {
        return new LoopCatalogExporter(context, selection.toOptions()).export(target);
    }
}
