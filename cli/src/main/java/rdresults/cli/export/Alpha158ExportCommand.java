package rdresults.cli.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import rdresults.cli.RdrVersionProvider;
import rdresults.export.CatalogWriter;
import rdresults.export.ExportWarnings;
import rdresults.export.Alpha158MetaExporter;
import rdresults.export.Alpha158MetaOptions;
import rdresults.export.Alpha158Pointers;
import rdresults.factorlib.resolve.FactorImplementations;

/** {@code rdr export alpha158}: as {@code tools/export_alpha158_meta.py}, plus {@code --full}. */
@Command(name = "alpha158", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class, sortOptions = false,
        description = {"Write alpha158_meta.json: the Alpha158 features of a Qlib experiment YAML "
                + "(data_handler_config[.data_loader.kwargs].alpha158_config.feature), in YAML order.",
            "Needs no registry. config_path is the --conf-yaml argument exactly as given."})
class Alpha158ExportCommand extends SingleCatalogCommand {

    @Option(names = "--conf-yaml", paramLabel = "Y",
            description = "The Qlib experiment YAML; required unless --full.")
    String confYaml;

    @Option(names = "--full",
            description = "List qlib's canonical 158 features, each marked in_config when the YAML uses it.")
    boolean full;

    @Mixin
    FactorLibSourceOptions factorLib;

    @Override
    int write(Path target, ExportWarnings warnings) {
        if (confYaml == null && !full) {
            throw new ParameterException(spec.commandLine(),
                    "Missing required option: '--conf-yaml=Y' (it may be left out only with --full)");
        }
        ObjectNode document = Alpha158MetaExporter.export(Alpha158MetaOptions.of(confYaml, full), Clock.systemUTC());
        FactorImplementations implementations = factorLib.implementationsOrNull();
        if (implementations != null) {
            Alpha158Pointers.addTo(document, implementations);
        }
        CatalogWriter.write(target, document);
        return document.path("factors").size();
    }
}
