package rdresults.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Usage errors found while parsing (unknown option, bad value): one line {@code rdr: <message>} pointing at the
 * command's help, exit code {@link ExitCodes#USAGE}, instead of picocli's full usage dump.
 */
final class ParameterErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine commandLine = problem.getCommandLine();
        commandLine.getErr().println("rdr: " + problem.getMessage() + " (see '"
                + commandLine.getCommandSpec().qualifiedName() + " --help')");
        commandLine.getErr().flush();
        return ExitCodes.USAGE;
    }
}
