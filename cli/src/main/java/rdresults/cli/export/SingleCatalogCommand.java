package rdresults.cli.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import rdresults.export.CatalogWriter;
import rdresults.export.ExportProgress;
import rdresults.export.ExportWarnings;

/**
 * A leaf that writes one JSON document to {@code --output}: builds it, writes it atomically (folders created),
 * and reports {@code exported N entries to F; W warnings} as the last line on stderr.
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

    /** The key of the document's entry list, counted for the summary. */
    abstract String listKey();

    /** Builds the document; pieces skipped on the way are counted in {@code warnings}. */
    abstract ObjectNode build(ExportWarnings warnings);

    @Override
    public Integer call() {
        Path target = output.toAbsolutePath().normalize();
        String name = target.getFileName().toString();
        ExportWarnings warnings = new ExportWarnings();
        ExportProgress progress = ProgressPrinter.forTerminal(spec.commandLine().getErr());
        LOG.infof("%s: writing %s", spec.qualifiedName(), target);
        progress.step(name, -1);
        ObjectNode document = build(warnings);
        CatalogWriter.write(target, document);
        int entries = document.path(listKey()).size();
        progress.step(name, entries);
        ExportReport.ofCatalog(target, entries, warnings).print(spec, json);
        return ExitCodes.OK;
    }
}
