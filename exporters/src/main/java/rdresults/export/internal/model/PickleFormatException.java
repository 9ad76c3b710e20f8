package rdresults.export.internal.model;

import rdresults.export.ExportException;

/** Bytes that {@link PlainPickle} cannot read as a pickle: truncated, malformed or not a pickle at all. */
public final class PickleFormatException extends ExportException {

    private static final long serialVersionUID = 1L;

    public PickleFormatException(String message) {
        super(message);
    }
}
