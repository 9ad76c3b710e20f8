package rdresults.sync;

import rdresults.sync.report.ResourceReport;

/** Follows a run resource by resource (progress output, tests). Must be quick; must not throw. */
public interface SyncListener {

    SyncListener NONE = new SyncListener() {
    };

    /** Before the first request for {@code resource}. */
    default void resourceStarting(SyncResource resource) {
    }

    /** After {@code report.resource()} was committed, found not modified, or recorded as failed. */
    default void resourceFinished(ResourceReport report) {
    }
}
