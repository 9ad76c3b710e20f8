package rdresults.sync.report;

import rdresults.sync.SyncResource;

/**
 * One resource's part of a run. For {@link SyncResource#ALPHA158} the row counts are 0: its entries are written
 * together with {@link SyncResource#FACTORS}, whose report carries the {@code factor_registry} counts.
 *
 * @param requests HTTP exchanges made for it, retries included
 * @param liveRows entries it lists after de-duplication
 * @param duplicates entries dropped because an earlier entry had the same key
 * @param error    the failure message, empty unless {@code outcome} is FAILED or SKIPPED
 * @param failure  why it failed; {@link FailureKind#NONE} unless FAILED or SKIPPED
 */
public record ResourceReport(SyncResource resource, ResourceOutcome outcome, int requests, int inserted,
        int updated, int deleted, int unchanged, int duplicates, int liveRows, String error, FailureKind failure) {

    public ResourceReport {
        error = error == null ? "" : error;
        failure = failure == null ? FailureKind.NONE : failure;
    }

    public static ResourceReport ok(SyncResource resource, ResourceOutcome outcome, int requests, int inserted,
            int updated, int deleted, int unchanged, int duplicates, int liveRows) {
        return new ResourceReport(resource, outcome, requests, inserted, updated, deleted, unchanged, duplicates,
                liveRows, "", FailureKind.NONE);
    }

    public static ResourceReport failed(SyncResource resource, int requests, String error, FailureKind kind) {
        return new ResourceReport(resource, ResourceOutcome.FAILED, requests, 0, 0, 0, 0, 0, 0, error, kind);
    }

    public static ResourceReport skipped(SyncResource resource, String reason) {
        return new ResourceReport(resource, ResourceOutcome.SKIPPED, 0, 0, 0, 0, 0, 0, 0, reason,
                FailureKind.API_UNAVAILABLE);
    }

    /** Rows inserted, updated or marked deleted. */
    public int writes() {
        return inserted + updated + deleted;
    }
}
