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
 * execution strategy (log level from {@code -v}), and the one exception mapper/handler pair. The in-process test
 * launcher wires its command lines with {@link #configure} too, so tests run exactly what users run.
 */
@Singleton
final class CommandLineProducer {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory) {
        return configure(factory.create(), utf8(System.out), utf8(System.err));
    }

    /** Gives a fresh {@code rdr} command tree its streams, execution strategy and error handling. */
    static CommandLine configure(CommandLine commandLine, PrintWriter out, PrintWriter err) {
        RdrCommand root = commandLine.getCommand();
        ExitCodeMapper exitCodes = new ExitCodeMapper();
        // set on the root after the subcommands exist, so picocli copies each setting down the whole tree
        return commandLine
                .setOut(out)
                .setErr(err)
                .setExecutionStrategy(root::executionStrategy)
                .setExitCodeExceptionMapper(exitCodes)
                .setExecutionExceptionHandler(new ExecutionErrorHandler(exitCodes))
                .setParameterExceptionHandler(new ParameterErrorHandler());
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
