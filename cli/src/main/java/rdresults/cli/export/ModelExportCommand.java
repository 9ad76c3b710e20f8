package rdresults.cli.export;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import rdresults.cli.RdrVersionProvider;
import rdresults.export.ExportContext;
import rdresults.export.ModelCatalogExporter;

/** {@code rdr export models}: as {@code tools/export_aistock_model_catalog.py}. */
@Command(name = "models", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class, sortOptions = false,
        description = "Write model_catalog.json: one entry per model_id over the workspaces of loops with a "
                + "result, sorted by model_id; no pickle is read.")
class ModelExportCommand extends RegistryCatalogCommand {

    @Override
    int write(ExportContext context, Path target) {
        return ModelCatalogExporter.export(context, target);
    }
}
