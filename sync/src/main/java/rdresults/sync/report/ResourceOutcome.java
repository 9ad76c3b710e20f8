package rdresults.sync.report;

/** What happened to one resource in one run. */
public enum ResourceOutcome {
    /** Fetched, and rows were inserted, updated or marked deleted. */
    CHANGED,
    /** Fetched (its ETag changed), but every row was already up to date: nothing written. */
    UNCHANGED,
    /** The API answered 304 to the stored ETag: one request, nothing written. */
    NOT_MODIFIED,
    /** An optional resource the API does not publish (404): treated as an empty list. */
    ABSENT,
    /** Failed; nothing of it was written and {@code sync_state} holds the error. */
    FAILED,
    /** Not attempted because the API became unreachable earlier in the run. */
    SKIPPED;

    public boolean isFailure() {
        return this == FAILED || this == SKIPPED;
    }
}
