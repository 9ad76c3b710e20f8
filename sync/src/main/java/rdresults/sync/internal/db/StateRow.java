package rdresults.sync.internal.db;

import java.time.Instant;

/**
 * One {@code sync_state} row: what the last run did for one API resource. Timestamps, {@code etag},
 * {@code cursor} and {@code lastError} are null when they never happened or were never sent.
 */
public record StateRow(
        String resource,
        String etag,
        String cursor,
        String lastOutcome,
        Instant lastAttemptAt,
        Instant lastSuccessAt,
        Instant lastChangeAt,
        long requests,
        long liveRows,
        long inserted,
        long updated,
        long deleted,
        long unchanged,
        long duplicates,
        String lastError,
        Instant lastErrorAt,
        long consecutiveFailures) {

    /** The row of a resource never synced. */
    public static StateRow never(String resource) {
        return new StateRow(resource, null, null, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, null, null, 0);
    }

    /** After a 304: the stored entries all count as unchanged; the last error stays for the record. */
    public StateRow notModified(Instant now, long requestCount) {
        return new StateRow(resource, etag, cursor, SyncStateStore.NOT_MODIFIED, now, now, lastChangeAt,
                requestCount, liveRows, 0, 0, 0, liveRows, 0, lastError, lastErrorAt, 0);
    }

    /** After a successful apply of {@code counts}, stored under {@code newEtag} with outcome {@code outcome}. */
    public StateRow applied(String newEtag, String outcome, Instant now, long requestCount, long live,
                            CatalogUpserter.Counts counts, long duplicateCount) {
        return new StateRow(resource, newEtag, null, outcome, now, now, counts.writes() > 0 ? now : lastChangeAt,
                requestCount, live, counts.inserted(), counts.updated(), counts.deleted(), counts.unchanged(),
                duplicateCount, lastError, lastErrorAt, 0);
    }

    /** After a failed attempt: what the last success stored is kept. */
    public StateRow failed(String error, Instant now, long requestCount) {
        return new StateRow(resource, etag, cursor, SyncStateStore.FAILED, now, lastSuccessAt, lastChangeAt,
                requestCount, liveRows, 0, 0, 0, 0, 0, error, now, consecutiveFailures + 1);
    }
}
