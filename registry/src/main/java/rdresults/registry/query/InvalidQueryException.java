package rdresults.registry.query;

import rdresults.model.FailureCategory;
import rdresults.model.RdrException;

/** A query parameter is unusable (malformed cursor, bad time bound, limit out of range); names the parameter. */
public final class InvalidQueryException extends RdrException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidQueryException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The name of the offending parameter, e.g. {@code cursor}. */
    public String parameter() {
        return parameter;
    }

    /** A query value the caller gave. */
    @Override
    public FailureCategory category() {
        return FailureCategory.USAGE;
    }
}
