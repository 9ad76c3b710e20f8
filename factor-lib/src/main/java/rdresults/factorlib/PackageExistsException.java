package rdresults.factorlib;

import java.nio.file.Path;
import rdresults.model.FailureCategory;

/** {@code init} found a package (or part of one) at the root; nothing was written. */
public final class PackageExistsException extends FactorLibException {

    private static final long serialVersionUID = 1L;

    PackageExistsException(Path root, Path existing) {
        super(root, "factor package already exists at " + root + " (found " + existing + "); refusing to overwrite");
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.BAD_INPUT;
    }
}
