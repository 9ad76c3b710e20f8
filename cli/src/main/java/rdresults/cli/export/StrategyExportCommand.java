package rdresults.cli.export;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import rdresults.cli.RdrVersionProvider;
import rdresults.export.ExportContext;
import rdresults.export.StrategyCatalogExporter;

/** {@code rdr export strategies}: as {@code tools/export_aistock_strategy_catalog.py}. */
@Command(name = "strategies", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class, sortOptions = false,
        description = "Write strategy_catalog.json: one entry per strategy_id over the workspaces of loops with "
                + "a result, sorted by strategy_id.")
class StrategyExportCommand extends RegistryCatalogCommand {

    @Override
    int write(ExportContext context, Path target) {
        return new StrategyCatalogExporter(context).export(target);
    }
}
