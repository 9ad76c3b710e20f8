package rdresults.cli.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import rdresults.cli.ExitCodes;
import rdresults.cli.OutputOptions;
import rdresults.cli.RdrVersionProvider;
import rdresults.cli.RegistryOptions;
import rdresults.cli.VerbosityOptions;
import rdresults.export.CatalogExportJob;
import rdresults.export.CatalogFiles;
import rdresults.export.ExportAllOptions;
import rdresults.export.ExportWarnings;
import rdresults.export.ExportSummary;
import rdresults.export.Alpha158Config;
import rdresults.export.WorkspaceReader;
import rdresults.registry.RegistryReader;
import rdresults.registry.workspace.WorkspaceLocator;

/**
 * {@code rdr export all}: the Alpha158 meta and the four catalogs in one pass over the registry, the meta merged
 * into the factor catalog. An explicit {@code --conf-yaml} must be usable; the default one may be missing (the
 * meta is then skipped with a warning), since not every repository has the Qlib template.
 */
@Command(name = "all", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class, sortOptions = false,
        description = {"Write alpha158_meta.json and the factor, strategy, loop and model catalogs into one "
                + "folder, reading the registry once; the Alpha158 factors join the factor catalog.",
            "R is --repo-root; with only --registry-sqlite, the folder above the registry's folder."})
class ExportAllCommand implements Callable<Integer> {

    @Mixin
    RegistryOptions registry;

    @Option(names = "--out-dir", paramLabel = "D",
            description = "Where the five files go (default: R/" + CatalogFiles.DEFAULT_DIR + ").")
    Path outDir;

    @Option(names = "--conf-yaml", paramLabel = "Y",
            description = "The Qlib YAML of the Alpha158 meta (default: R/" + CatalogFiles.DEFAULT_CONF_YAML
                    + "; when that is missing the meta is skipped with a warning). Given explicitly, it must be "
                    + "usable.")
    Path confYaml;

    @Option(names = "--full-alpha158", description = "Alpha158 meta with qlib's canonical 158 features.")
    boolean fullAlpha158;

    @Mixin
    LoopSelectionOptions loops;

    @Mixin
    FactorLibSourceOptions factorLib;

    @Mixin
    OutputOptions output;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        WorkspaceLocator locator = registry.locator();
        ExportAllOptions options = options(locator.repoRoot());
        ExportSummary summary;
        try (RegistryReader reader = registry.openReader()) {
            if (confYaml != null) {
                // fail before anything is written: the user asked for this YAML
                Alpha158Config.read(options.confYaml());
            }
            summary = CatalogExportJob.run(reader, locator, options, Clock.systemUTC(),
                    ProgressPrinter.forTerminal(spec.commandLine().getErr()),
                    new WorkspaceReader(new ExportWarnings()), factorLib.implementationsOrNull());
        }
        ExportReport.of(summary).print(spec, output);
        return ExitCodes.OK;
    }

    private ExportAllOptions options(Path repoRoot) {
        ExportAllOptions defaults = ExportAllOptions.defaults(repoRoot);
        return new ExportAllOptions(repoRoot,
                outDir == null ? defaults.outDir() : outDir.toAbsolutePath().normalize(),
                confYaml == null ? defaults.confYaml() : confYaml.toAbsolutePath().normalize(),
                fullAlpha158, loops.toOptions());
    }
}
