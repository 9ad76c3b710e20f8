package rdresults.sync.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import rdresults.sync.SyncResource;
import rdresults.sync.SyncRunner;

/** The result of one {@link SyncRunner#once()}: one report per resource, in sync order. */
public record SyncReport(Instant startedAt, Instant finishedAt, List<ResourceReport> resources) {

    public SyncReport {
        resources = List.copyOf(resources);
    }

    public Duration elapsed() {
        return Duration.between(startedAt, finishedAt);
    }

    /** Whether every resource synced (or was not modified, or is an absent optional one). */
    public boolean isSuccess() {
        return resources.stream().noneMatch(r -> r.outcome().isFailure());
    }

    /** The resources that failed or were skipped. */
    public List<ResourceReport> failures() {
        return resources.stream().filter(r -> r.outcome().isFailure()).toList();
    }

    /** The kinds of failure in this run, in resource order, without duplicates (empty on success). */
    public List<FailureKind> failureKinds() {
        return failures().stream().map(ResourceReport::failure).distinct().toList();
    }

    /** HTTP exchanges of the whole run, retries included. */
    public int requests() {
        return resources.stream().mapToInt(ResourceReport::requests).sum();
    }

    /** Rows written in the whole run. */
    public int writes() {
        return resources.stream().mapToInt(ResourceReport::writes).sum();
    }

    /** Entries received and checked (live rows of every resource). */
    public int rows() {
        return resources.stream().mapToInt(ResourceReport::liveRows).sum();
    }

    /** The report of one resource. */
    public ResourceReport get(SyncResource resource) {
        return resources.stream().filter(r -> r.resource() == resource).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(resource + " is not part of this report"));
    }
}
