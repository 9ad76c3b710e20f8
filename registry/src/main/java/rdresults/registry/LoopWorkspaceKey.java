package rdresults.registry;

/**
 * The key of one {@code loops ⋈ workspaces} row.
 *
 * @param taskRunId   the loop's task run
 * @param loopId      the loop
 * @param workspaceId the workspace
 */
public record LoopWorkspaceKey(String taskRunId, long loopId, String workspaceId) {
}
