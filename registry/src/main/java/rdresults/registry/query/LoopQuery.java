package rdresults.registry.query;

/**
 * Filters for loops; null components do not filter. {@code created} bounds {@code started_at_utc};
 * {@code updated} bounds {@code updated_at_utc} (on registries without that column: {@code ended_at_utc}).
 */
public record LoopQuery(
        String taskRunId,
        String status,
        String action,
        Boolean hasResult,
        String materializationStatus,
        Boolean isSolidified,
        TimeRange created,
        TimeRange updated) {

    public static final LoopQuery ALL = new LoopQuery(null, null, null, null, null, null, null, null);

    public LoopQuery withTaskRunId(String id) {
        return new LoopQuery(id, status, action, hasResult, materializationStatus, isSolidified, created, updated);
    }

    public LoopQuery withHasResult(Boolean value) {
        return new LoopQuery(taskRunId, status, action, value, materializationStatus, isSolidified, created, updated);
    }
}
