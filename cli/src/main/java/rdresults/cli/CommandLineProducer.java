package rdresults.cli;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Builds the {@code rdr} command line Quarkus runs: UTF-8 stdout/stderr shared by every subcommand, the root's
 * execution strategy (log level from {@code -v}), and the one exception mapper/handler pair.
 */
@Singleton
final class CommandLineProducer {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory) {
        CommandLine commandLine = factory.create();
        RdrCommand root = commandLine.getCommand();
        ExitCodeMapper exitCodes = new ExitCodeMapper();
        // set on the root after the subcommands exist, so picocli copies each setting down the whole tree
        return commandLine
                .setOut(utf8(System.out))
                .setErr(utf8(System.err))
                .setExecutionStrategy(root::executionStrategy)
                .setExitCodeExceptionMapper(exitCodes)
                .setExecutionExceptionHandler(new ExecutionErrorHandler(exitCodes))
                .setParameterExceptionHandler(new ParameterErrorHandler());
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
