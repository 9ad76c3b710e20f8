package rdresults.cli.dev;

import picocli.CommandLine.Command;
import rdresults.cli.CommandGroup;
import rdresults.cli.RdrVersionProvider;

/** {@code rdr dev}: tools for developing and testing against RD-Agent data, not for production use. */
@Command(name = "dev", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class,
        description = "Developer tools: synthetic RD-Agent registries for tests and benchmarks.",
        subcommands = {GenerateCommand.class})
public class DevCommand extends CommandGroup {
}
