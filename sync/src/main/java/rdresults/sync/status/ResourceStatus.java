package rdresults.sync.status;

import java.time.Instant;
import java.util.Optional;
import rdresults.sync.SyncResource;
import rdresults.sync.internal.db.StateRow;

/** What {@code sync_state} says about one resource, plus the live and deleted rows of its table. */
public final class ResourceStatus {

    private final SyncResource resource;
    private final StateRow state;
    private final long tableLiveRows;
    private final long tableDeletedRows;

    public ResourceStatus(SyncResource resource, StateRow state, long tableLiveRows, long tableDeletedRows) {
        this.resource = resource;
        this.state = state;
        this.tableLiveRows = tableLiveRows;
        this.tableDeletedRows = tableDeletedRows;
    }

    public SyncResource resource() {
        return resource;
    }

    /** {@code changed}, {@code unchanged}, {@code not_modified}, {@code absent} or {@code failed}; empty if never run. */
    public Optional<String> lastOutcome() {
        return Optional.ofNullable(state.lastOutcome());
    }

    public Optional<Instant> lastAttemptAt() {
        return Optional.ofNullable(state.lastAttemptAt());
    }

    /** When a run last brought this resource up to date (also by a 304). */
    public Optional<Instant> lastSuccessAt() {
        return Optional.ofNullable(state.lastSuccessAt());
    }

    /** When a run last wrote rows for it. */
    public Optional<Instant> lastChangeAt() {
        return Optional.ofNullable(state.lastChangeAt());
    }

    public Optional<String> etag() {
        return Optional.ofNullable(state.etag());
    }

    /** Entries the resource listed at its last success. */
    public long liveEntries() {
        return state.liveRows();
    }

    /** Requests the last run made for it. */
    public long requests() {
        return state.requests();
    }

    public long inserted() {
        return state.inserted();
    }

    public long updated() {
        return state.updated();
    }

    public long deleted() {
        return state.deleted();
    }

    public long duplicates() {
        return state.duplicates();
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(state.lastError());
    }

    public Optional<Instant> lastErrorAt() {
        return Optional.ofNullable(state.lastErrorAt());
    }

    /** Failed runs since the last success. */
    public long consecutiveFailures() {
        return state.consecutiveFailures();
    }

    /** Rows of {@link SyncResource#table()} not marked deleted (shared by factors and alpha158). */
    public long tableLiveRows() {
        return tableLiveRows;
    }

    /** Rows of {@link SyncResource#table()} marked deleted. */
    public long tableDeletedRows() {
        return tableDeletedRows;
    }
}
