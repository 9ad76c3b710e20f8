package rdresults.registry.synthetic;

import java.nio.file.Path;
import rdresults.registry.RegistryException;

/**
 * Generating or extending a synthetic registry failed, mostly an I/O error. {@link #registryPath()} names the file
 * or folder of the generated tree that failed: the database, or a workspace file or folder beside it.
 */
public class SyntheticRegistryException extends RegistryException {

    private static final long serialVersionUID = 1L;

    public SyntheticRegistryException(String message, Path path, Throwable cause) {
        super(path, message + ": " + path, cause);
    }
}
