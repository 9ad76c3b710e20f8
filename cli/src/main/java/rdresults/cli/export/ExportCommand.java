package rdresults.cli.export;

import picocli.CommandLine.Command;
import rdresults.cli.CommandGroup;
import rdresults.cli.RdrVersionProvider;

/** {@code rdr export}: write the catalogs AIstock reads, with the flags of the Python exporters. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class,
        description = {"Export the Alpha158 meta and the factor, strategy, loop and model catalogs as JSON.",
            "Each command prints a summary as its last line on stderr (and as JSON on stdout with --json). "
                + "Exit 0 on success (skipped pieces are counted as warnings), 3 when an input is unusable."},
        subcommands = {Alpha158ExportCommand.class, FactorExportCommand.class, StrategyExportCommand.class,
                LoopExportCommand.class, ModelExportCommand.class, ExportAllCommand.class})
public class ExportCommand extends CommandGroup {
}
