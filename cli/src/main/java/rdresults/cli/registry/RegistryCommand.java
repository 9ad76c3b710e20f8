package rdresults.cli.registry;

import picocli.CommandLine.Command;
import rdresults.cli.CommandGroup;
import rdresults.cli.RdrVersionProvider;

/** {@code rdr registry}: read-only queries over {@code registry.sqlite}. */
@Command(name = "registry", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class,
        description = "Query the RD-Agent registry (read-only).",
        subcommands = {RegistryStatsCommand.class, TaskRunsCommand.class, LoopsCommand.class,
                WorkspacesCommand.class, ArtifactsCommand.class})
public class RegistryCommand extends CommandGroup {
}
