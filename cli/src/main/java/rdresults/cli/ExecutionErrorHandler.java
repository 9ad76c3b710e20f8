package rdresults.cli;

import java.io.PrintWriter;
import org.jboss.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;
import rdresults.model.RdrException;
import rdresults.registry.query.InvalidQueryException;

/**
 * The CLI's edge for failures raised while a command runs: prints one line {@code rdr: <message>} to stderr and
 * returns the exit code for the failure's type. Only {@code -vv} adds the stack trace.
 */
final class ExecutionErrorHandler implements IExecutionExceptionHandler {

    private static final Logger LOG = Logger.getLogger(ExecutionErrorHandler.class);

    private final IExitCodeExceptionMapper exitCodes;

    ExecutionErrorHandler(IExitCodeExceptionMapper exitCodes) {
        this.exitCodes = exitCodes;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println("rdr: " + describe(failure));
        if (verbosity(commandLine) >= 2) {
            // written to the command's stderr, not through logging, so -vv shows it whatever the log setup
            failure.printStackTrace(err);
        }
        err.flush();
        LOG.debugf("%s failed with %s", commandLine.getCommandSpec().qualifiedName(), failure.getClass().getName());
        return exitCodes.getExitCode(failure);
    }

    private static int verbosity(CommandLine commandLine) {
        Object root = commandLine.getCommandSpec().root().userObject();
        return root instanceof RdrCommand rdr ? rdr.verbosity.level() : 0;
    }

    /** The one-line text for a failure: our own exceptions carry messages written for the user. */
    static String describe(Exception failure) {
        if (failure instanceof InvalidQueryException invalid) {
            String option = optionName(invalid.parameter());
            String message = invalid.getMessage();
            return message.startsWith(option) ? message : option + ": " + message;
        }
        if (failure instanceof RdrException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        String detail = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return "unexpected " + failure.getClass().getSimpleName() + detail + " (rerun with -vv for the stack trace)";
    }

    /** Query parameters are named like the options that feed them ({@code cursor} comes from {@code --cursor}). */
    private static String optionName(String parameter) {
        if (parameter == null || parameter.isEmpty()) {
            return "option";
        }
        return parameter.startsWith("-") ? parameter : "--" + parameter.replace('_', '-');
    }
}
