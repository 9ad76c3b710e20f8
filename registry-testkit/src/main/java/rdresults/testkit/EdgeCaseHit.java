package rdresults.testkit;

/**
 * Where one edge case was planted.
 *
 * @param taskRunId   the loop's task run
 * @param loopId      the loop
 * @param workspaceId the affected workspace, or {@code ""} when the case concerns the loop as a whole
 * @param path        the affected file relative to the workspace folder, or {@code ""}
 */
public record EdgeCaseHit(String taskRunId, int loopId, String workspaceId, String path) {

    public EdgeCaseHit {
        if (taskRunId == null || workspaceId == null || path == null) {
            throw new IllegalArgumentException("edge case hit components must not be null; use \"\" for none");
        }
    }

    public boolean hasWorkspace() {
        return !workspaceId.isEmpty();
    }

    public boolean hasPath() {
        return !path.isEmpty();
    }

    /** A case planted on the loop as a whole. */
    public static EdgeCaseHit ofLoop(String taskRunId, int loopId) {
        return new EdgeCaseHit(taskRunId, loopId, "", "");
    }

    /** A case planted on one workspace of the loop. */
    public static EdgeCaseHit ofWorkspace(String taskRunId, int loopId, String workspaceId) {
        return new EdgeCaseHit(taskRunId, loopId, workspaceId, "");
    }

    /** A case planted in one file of a workspace. */
    public static EdgeCaseHit ofFile(String taskRunId, int loopId, String workspaceId, String path) {
        return new EdgeCaseHit(taskRunId, loopId, workspaceId, path);
    }
}
