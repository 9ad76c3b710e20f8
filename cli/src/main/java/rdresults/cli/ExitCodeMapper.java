package rdresults.cli;

import picocli.CommandLine.IExitCodeExceptionMapper;

/** Maps a failure that escaped every handler to its exit code, by type (see {@link ExitCodes}). */
final class ExitCodeMapper implements IExitCodeExceptionMapper {

    @Override
    public int getExitCode(Throwable exception) {
        return ExitCodes.forException(exception);
    }
}
