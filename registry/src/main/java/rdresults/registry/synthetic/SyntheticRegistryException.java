package rdresults.registry.synthetic;

import java.nio.file.Path;

/**
 * Generation failed; names the file or database involved. Re-parent under {@code RegistryException} once the
 * module's exception root exists.
 */
public final class SyntheticRegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public SyntheticRegistryException(String message, Path path, Throwable cause) {
        super(message + ": " + path, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
