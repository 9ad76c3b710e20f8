package rdresults.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import rdresults.model.FailureCategory;
import rdresults.model.RdrException;

/** An export could not be completed (output not writable, required input unusable); names the file concerned. */
public class ExportException extends RdrException {

    private static final long serialVersionUID = 1L;

    private final FailureCategory category;

    /** A required input is unusable ({@link FailureCategory#BAD_INPUT}). */
    public ExportException(String message) {
        this(FailureCategory.BAD_INPUT, message, null);
    }

    /** A required input is unusable ({@link FailureCategory#BAD_INPUT}). */
    public ExportException(String message, Throwable cause) {
        this(FailureCategory.BAD_INPUT, message, cause);
    }

    public ExportException(FailureCategory category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
    }

    /**
     * Writing an output failed. A target that cannot be written as given (its folder missing, a file where a folder
     * should be, no permission) is bad input; anything else (a full disk, an I/O error) is unavailability, which
     * may pass.
     */
    public static ExportException writing(String message, Throwable cause) {
        Throwable io = cause instanceof IOException ? cause : cause.getCause();
        boolean badTarget = io instanceof AccessDeniedException || io instanceof NoSuchFileException
                || io instanceof NotDirectoryException || io instanceof FileAlreadyExistsException;
        return new ExportException(badTarget ? FailureCategory.BAD_INPUT : FailureCategory.UNAVAILABLE, message, cause);
    }

    @Override
    public FailureCategory category() {
        return category;
    }
}
