package rdresults.api.catalog;

import rdresults.model.FailureCategory;
import rdresults.model.RdrException;

/** A catalog cannot be served right now: missing, unreadable or corrupt; the message says which and why. */
public final class CatalogUnavailableException extends RdrException {

    private static final long serialVersionUID = 1L;

    public CatalogUnavailableException(String message) {
        super(message);
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.UNAVAILABLE;
    }
}
