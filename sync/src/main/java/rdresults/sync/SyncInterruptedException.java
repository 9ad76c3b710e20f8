package rdresults.sync;

import rdresults.model.FailureCategory;

/** The thread running a sync was interrupted (shutdown); the resource in progress was not written. */
public class SyncInterruptedException extends SyncException {

    private static final long serialVersionUID = 1L;

    public SyncInterruptedException(String what, InterruptedException cause) {
        super(what + " interrupted", cause);
    }

    @Override
    public FailureCategory category() {
        return FailureCategory.UNAVAILABLE;
    }
}
