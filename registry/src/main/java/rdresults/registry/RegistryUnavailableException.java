package rdresults.registry;

import java.nio.file.Path;
import rdresults.model.FailureCategory;

/** The registry could not be read right now (I/O error, lock held longer than the busy timeout). */
public final class RegistryUnavailableException extends RegistryException {

    private static final long serialVersionUID = 1L;

    public RegistryUnavailableException(Path path, String message, Throwable cause) {
        super(path, message, cause);
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.UNAVAILABLE;
    }
}
