package rdresults.testkit;

import java.nio.file.Path;
import rdresults.model.FailureCategory;
import rdresults.registry.RegistryException;

/**
 * Generating or extending a synthetic registry failed, mostly an I/O error. {@link #registryPath()} names the file
 * or folder of the generated tree that failed: the database, or a workspace file or folder beside it.
 */
public class SyntheticRegistryException extends RegistryException {

    private static final long serialVersionUID = 1L;

    /** The message reads {@code <message>: <path> (<why>)}, the reason taken from {@code cause} when there is one. */
    public SyntheticRegistryException(String message, Path path, Throwable cause) {
        super(path, describe(message, path, cause), cause);
    }

    private static String describe(String message, Path path, Throwable cause) {
        String text = message + ": " + path;
        if (cause == null) {
            return text;
        }
        String why = cause.getMessage();
        // file-system exceptions often say nothing but the path again; their type is the reason then
        boolean bare = why == null || why.isBlank() || why.equals(String.valueOf(path));
        return text + " (" + (bare ? cause.getClass().getSimpleName() : why) + ")";
    }

    /** An I/O failure while writing. */
    @Override
    public FailureCategory category() {
        return FailureCategory.UNAVAILABLE;
    }
}
