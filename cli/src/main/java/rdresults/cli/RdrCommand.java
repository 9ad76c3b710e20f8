package rdresults.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParseResult;
import rdresults.cli.dev.DevCommand;
import rdresults.cli.doctor.DoctorCommand;
import rdresults.cli.export.ExportCommand;
import rdresults.cli.factorlib.FactorLibCommand;
import rdresults.cli.registry.RegistryCommand;
import rdresults.cli.sync.SyncCommand;

/** The root of the {@code rdr} command tree. */
@TopCommand
@Command(name = "rdr", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class,
        description = "Tools over RD-Agent results: registry queries, catalog exports, the factor library, the "
                + "results API, health checks and synthetic test registries.",
        subcommands = {RegistryCommand.class, ExportCommand.class, FactorLibCommand.class, ServeCommand.class,
            DoctorCommand.class, DevCommand.class, SyncCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 unexpected error, 2 usage, 3 input unusable, "
                + "4 database or API unavailable, 5 finished with rejected records."})
public class RdrCommand extends CommandGroup {

    @Mixin
    VerbosityOptions verbosity;

    /** Applies {@code -v} before running the chosen command, then runs it as picocli's {@code RunLast} does. */
    int executionStrategy(ParseResult parseResult) {
        verbosity.applyToLogging();
        return new CommandLine.RunLast().execute(parseResult);
    }
}
