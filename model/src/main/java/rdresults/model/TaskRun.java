package rdresults.model;

/**
 * One {@code task_runs} row: one RD-Agent CLI run. Nullable components mirror nullable columns;
 * {@code paramsJson} is null on registries created before that column's migration.
 */
public record TaskRun(
        String taskRunId,
        String scenario,
        String status,
        String createdAtUtc,
        String updatedAtUtc,
        String gitSha,
        String rdagentVersion,
        String logTracePath,
        String paramsJson) {
}
