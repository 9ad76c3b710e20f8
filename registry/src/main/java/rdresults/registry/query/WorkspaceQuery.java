package rdresults.registry.query;

/** Filters for workspaces; null components do not filter. */
public record WorkspaceQuery(
        String taskRunId,
        Long loopId,
        String status,
        String workspaceRole,
        TimeRange created,
        TimeRange updated) {

    public static final WorkspaceQuery ALL = new WorkspaceQuery(null, null, null, null, null, null);
}
