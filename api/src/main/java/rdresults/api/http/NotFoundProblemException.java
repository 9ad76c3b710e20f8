package rdresults.api.http;

import rdresults.model.FailureCategory;
import rdresults.model.RdrException;

/** A resource the request names does not exist (unknown factor, loop, task run, package version). */
public final class NotFoundProblemException extends RdrException {

    private static final long serialVersionUID = 1L;

    public NotFoundProblemException(String message) {
        super(message);
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.NOT_FOUND;
    }
}
