package rdresults.export;

import rdresults.model.RdrException;

/** An export could not be completed (output not writable, required input unusable); names the file concerned. */
public class ExportException extends RdrException {

    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
