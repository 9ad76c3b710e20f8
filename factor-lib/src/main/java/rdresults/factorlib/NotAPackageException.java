package rdresults.factorlib;

import java.nio.file.Path;
import rdresults.model.FailureCategory;

/** The folder given as a package root holds no factor package made by {@code init}. */
public final class NotAPackageException extends FactorLibException {

    private static final long serialVersionUID = 1L;

    NotAPackageException(Path root, String reason) {
        super(root, "not a factor package: " + root + " (" + reason + "); create one with 'rdr factor-lib init'");
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.BAD_INPUT;
    }
}
