package rdresults.registry;

import java.nio.file.Path;
import rdresults.model.FailureCategory;

/** The registry file does not exist (it is never created by a reader). */
public final class RegistryNotFoundException extends RegistryException {

    private static final long serialVersionUID = 1L;

    public RegistryNotFoundException(Path path) {
        super(path, "registry.sqlite not found: " + path);
    }

    /** The repository root given holds no registry. */
    @Override
    public FailureCategory category() {
        return FailureCategory.BAD_INPUT;
    }
}
