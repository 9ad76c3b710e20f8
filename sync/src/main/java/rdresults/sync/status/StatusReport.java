package rdresults.sync.status;

import java.util.List;

/** {@code rdr sync status}: per resource the last sync and counts, and the factor library version alignment. */
public record StatusReport(String database, int schemaVersion, List<ResourceStatus> resources,
        VersionAlignment alignment) {

    public StatusReport {
        resources = List.copyOf(resources);
    }

    /** Whether every resource has been synced at least once and none failed at its last attempt. */
    public boolean isHealthy() {
        return resources.stream().allMatch(r -> r.lastSuccessAt().isPresent()
                && r.consecutiveFailures() == 0);
    }
}
