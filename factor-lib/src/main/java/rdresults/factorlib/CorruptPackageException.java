package rdresults.factorlib;

import java.nio.file.Path;
import rdresults.model.FailureCategory;

/**
 * The package's files contradict each other in a way publishing cannot repair on its own (unreadable VERSION or
 * manifest, an archive that would have to change). {@code rdr factor-lib verify} lists the details.
 */
public final class CorruptPackageException extends FactorLibException {

    private static final long serialVersionUID = 1L;

    public CorruptPackageException(Path path, String message) {
        super(path, message);
    }

    public CorruptPackageException(Path path, String message, Throwable cause) {
        super(path, message, cause);
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.BAD_INPUT;
    }
}
