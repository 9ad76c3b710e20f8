package rdresults.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands. Run on its own it prints its usage to stderr and returns
 * {@link ExitCodes#USAGE}, as picocli's {@code Git} example does for its bare root.
 */
public abstract class CommandGroup implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        commandLine.getErr().println("rdr: missing subcommand for '" + spec.qualifiedName() + "'");
        commandLine.usage(commandLine.getErr());
        return ExitCodes.USAGE;
    }
}
