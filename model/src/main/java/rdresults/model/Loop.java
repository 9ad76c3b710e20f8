package rdresults.model;

/**
 * One {@code loops} row. Flags arrive as integer 1 or text '1' in the registry and are normalised to booleans;
 * metric columns are null when absent or not a finite number. Columns added by later migrations are null on
 * older registries ({@code isSolidified} false, {@code syncStatus} null).
 */
public record Loop(
        String taskRunId,
        long loopId,
        String action,
        String status,
        boolean hasResult,
        String bestWorkspaceId,
        String startedAtUtc,
        String endedAtUtc,
        String errorType,
        String errorMessage,
        Double icMean,
        Double rankIcMean,
        Double annReturn,
        Double mdd,
        Double turnover,
        Double multiScore,
        String metricsJson,
        String logDir,
        String materializationStatus,
        String materializationError,
        String materializationUpdatedAtUtc,
        String assetBundleId,
        boolean isSolidified,
        String syncStatus,
        String updatedAtUtc) {

    public LoopKey key() {
        return new LoopKey(taskRunId, loopId);
    }
}
