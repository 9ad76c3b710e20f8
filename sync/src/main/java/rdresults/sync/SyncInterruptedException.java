package rdresults.sync;

/** The thread running a sync was interrupted (shutdown); the resource in progress was not written. */
public class SyncInterruptedException extends SyncException {

    private static final long serialVersionUID = 1L;

    public SyncInterruptedException(String what, InterruptedException cause) {
        super(what + " interrupted", cause);
    }
}
