package rdresults.testkit;

import java.nio.file.Path;
import rdresults.model.FailureCategory;

/** The output folder already holds a registry; the generator never overwrites one and wrote nothing. */
public final class RegistryExistsException extends SyntheticRegistryException {

    private static final long serialVersionUID = 1L;

    public RegistryExistsException(Path registryDb) {
        super("output already holds a registry", registryDb, null);
    }

    /** The output already holds a registry. */
    @Override
    public FailureCategory category() {
        return FailureCategory.BAD_INPUT;
    }
}
