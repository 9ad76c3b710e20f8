package rdresults.factorlib;

import java.nio.file.Path;
import java.time.Duration;
import rdresults.model.FailureCategory;

/** Another publisher held the package lock for longer than the configured wait. */
public final class PackageLockedException extends FactorLibException {

    private static final long serialVersionUID = 1L;

    public PackageLockedException(Path lockFile, Duration waited) {
        super(lockFile, "factor package is locked by another publisher (" + lockFile + "), gave up after "
                + waited.toSeconds() + " s; retry when it has finished");
    }

    /** Another publisher holds the lock. */
    @Override
    public FailureCategory category() {
        return FailureCategory.UNAVAILABLE;
    }
}
