package rdresults.cli.registry;

import picocli.CommandLine.Option;
import rdresults.registry.query.TimeRange;

/** Filters every registry listing has: task run, status, and creation/update time windows. */
public final class ListFilterOptions {

    @Option(names = "--task-run-id", paramLabel = "ID", description = "Only rows of this task run.")
    String taskRunId;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only rows with this status.")
    String status;

    @Option(names = "--created-since", paramLabel = "T",
            description = "Created at or after T (ISO-8601, e.g. 2025-10-13 or 2025-10-13T08:00:00+00:00; "
                    + "loops: started_at_utc).")
    String createdSince;

    @Option(names = "--created-until", paramLabel = "T", description = "Created before T.")
    String createdUntil;

    @Option(names = "--updated-since", paramLabel = "T", description = "Updated at or after T.")
    String updatedSince;

    @Option(names = "--updated-until", paramLabel = "T", description = "Updated before T.")
    String updatedUntil;

    String taskRunId() {
        return taskRunId;
    }

    String status() {
        return status;
    }

    /** @throws rdresults.registry.query.InvalidQueryException a bound is not a timestamp (names the option) */
    TimeRange created() {
        return TimeRange.parse("--created-", createdSince, createdUntil);
    }

    /** @throws rdresults.registry.query.InvalidQueryException a bound is not a timestamp (names the option) */
    TimeRange updated() {
        return TimeRange.parse("--updated-", updatedSince, updatedUntil);
    }
}
