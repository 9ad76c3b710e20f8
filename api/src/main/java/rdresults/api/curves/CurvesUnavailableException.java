package rdresults.api.curves;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import rdresults.model.FailureCategory;
import rdresults.model.RdrException;

/** A loop's return series file exists but cannot be read or is not a return series; the message says which and why. */
public final class CurvesUnavailableException extends RdrException {

    private static final long serialVersionUID = 1L;

    public CurvesUnavailableException(String message) {
        super(message);
    }

    public CurvesUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.UNAVAILABLE;
    }

    /** The file could not be read; the message names the file (not its absolute path) and the kind of failure. */
    static CurvesUnavailableException unreadable(Path file, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied" : "I/O error";
        return new CurvesUnavailableException("cannot read " + file.getFileName() + ": " + why, e);
    }
}
