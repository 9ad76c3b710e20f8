package rdresults.sync.db;

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
}
