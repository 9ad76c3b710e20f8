package rdresults.cli.export;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import rdresults.cli.ExitCodes;
import rdresults.cli.OutputOptions;
import rdresults.cli.VerbosityOptions;
import rdresults.export.ExportProgress;
import rdresults.export.ExportWarnings;

/**
 * A leaf that writes one JSON document to {@code --output}: writes it atomically (folders created), and reports
 * {@code exported N entries to F; W warnings} as the last line on stderr.
 */
abstract class SingleCatalogCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(SingleCatalogCommand.class);

    @Option(names = "--output", paramLabel = "F", required = true,
            description = "The JSON file to write; replaced atomically, missing folders created.")
    Path output;

    @Mixin
    OutputOptions json;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    /**
     * Writes the document to {@code target} atomically and returns its number of entries; pieces skipped on the
     * way are counted in {@code warnings}.
     */
    abstract int write(Path target, ExportWarnings warnings);

    @Override
    public Integer call() {
        Path target = output.toAbsolutePath().normalize();
        String name = target.getFileName().toString();
        ExportWarnings warnings = new ExportWarnings();
        ExportProgress progress = ProgressPrinter.forTerminal(spec.commandLine().getErr());
        LOG.infof("%s: writing %s", spec.qualifiedName(), target);
        progress.step(name, -1);
        int entries = write(target, warnings);
        progress.step(name, entries);
        ExportReport.ofCatalog(target, entries, warnings).print(spec, json);
        return ExitCodes.OK;
    }
}
