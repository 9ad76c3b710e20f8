package rdresults.factorlib;

import java.nio.file.Path;
import rdresults.model.FailureCategory;

/** A well-formed version that the package never published (no archive under {@code versions/}). */
public final class UnknownVersionException extends FactorLibException {

    private static final long serialVersionUID = 1L;

    private final SemVer version;

    UnknownVersionException(Path root, SemVer version) {
        super(root, "factor package " + root + " has no version " + version);
        this.version = version;
    }

    public SemVer version() {
        return version;
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.NOT_FOUND;
    }
}
