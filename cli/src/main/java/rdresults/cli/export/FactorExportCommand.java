package rdresults.cli.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import rdresults.cli.RdrVersionProvider;
import rdresults.export.CatalogWriter;
import rdresults.export.ExportContext;
import rdresults.export.FactorCatalogExporter;
import rdresults.export.FactorCatalogOptions;

/** {@code rdr export factors}: as {@code tools/export_aistock_factor_catalog.py}. */
@Command(name = "factors", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class, sortOptions = false,
        description = {"Write factor_catalog.json: the factors of every workspace's factor_meta.json with their "
                + "factor_perf.json metrics, plus those of the --alpha-meta files; one entry per (name, source), "
                + "the best by metrics, sorted by name and source."})
class FactorExportCommand extends RegistryCatalogCommand {

    @Option(names = "--alpha-meta", paramLabel = "F",
            description = "An alpha meta file (e.g. alpha158_meta.json) whose factors join the catalog; repeatable. "
                    + "A missing or invalid file is skipped with a warning.")
    List<Path> alphaMeta = new ArrayList<>();

    @Mixin
    FactorLibSourceOptions factorLib;

    @Override
    int write(ExportContext context, Path target) {
        ObjectNode catalog = FactorCatalogExporter.export(context, new FactorCatalogOptions(alphaMeta,
                factorLib.implementationsOrNull()));
        CatalogWriter.write(target, catalog);
        return catalog.path(FactorCatalogExporter.LIST_KEY).size();
    }
}
