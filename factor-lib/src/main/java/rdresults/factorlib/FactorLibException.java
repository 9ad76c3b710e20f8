package rdresults.factorlib;

import java.nio.file.Path;
import rdresults.model.RdrException;

/**
 * Root of the factor-lib module's failures. Carries the file or package root it concerns (null when none does), so
 * the CLI and the API can report it and map subtypes to exit codes and HTTP statuses.
 */
public abstract class FactorLibException extends RdrException {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    protected FactorLibException(Path path, String message) {
        super(message);
        this.path = path;
    }

    protected FactorLibException(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    /** The package root or file concerned; null when the failure is not about a file. */
    public Path path() {
        return path;
    }
}
