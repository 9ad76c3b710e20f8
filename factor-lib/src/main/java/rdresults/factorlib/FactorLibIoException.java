package rdresults.factorlib;

import java.nio.file.Path;
import rdresults.model.FailureCategory;

/** Reading or writing a package or workspace file failed at the operating-system level (permissions, disk full). */
public final class FactorLibIoException extends FactorLibException {

    private static final long serialVersionUID = 1L;

    public FactorLibIoException(Path path, String operation, Throwable cause) {
        super(path, operation + " failed for " + path + ": " + cause.getMessage(), cause);
    }

    /** An operating-system I/O failure (permissions, disk full). */
    @Override
    public FailureCategory category() {
        return FailureCategory.UNAVAILABLE;
    }
}
