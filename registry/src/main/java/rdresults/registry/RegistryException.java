package rdresults.registry;

import java.nio.file.Path;
import rdresults.model.FailureCategory;
import rdresults.model.RdrException;

/** Root of the registry module's failures; carries the registry path it concerns. */
public class RegistryException extends RdrException {

    private static final long serialVersionUID = 1L;

    private final transient Path registryPath;

    public RegistryException(Path registryPath, String message) {
        super(message);
        this.registryPath = registryPath;
    }

    public RegistryException(Path registryPath, String message, Throwable cause) {
        super(message, cause);
        this.registryPath = registryPath;
    }

    public Path registryPath() {
        return registryPath;
    }

    /** A query failed for a reason other than bad input (I/O error, lock held past the busy timeout). */
    static RegistryException queryFailed(Path path, String operation, java.sql.SQLException cause) {
        return new RegistryUnavailableException(path,
                "registry query " + operation + " failed on " + path + ": " + cause.getMessage(), cause);
    }

    /** A registry failure not classified further. */
    @Override
    public FailureCategory category() {
        return FailureCategory.UNAVAILABLE;
    }
}
