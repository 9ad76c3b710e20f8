package rdresults.registry.synthetic;

import java.util.Optional;

/**
 * Where one edge case was planted.
 *
 * @param taskRunId   the loop's task run
 * @param loopId      the loop
 * @param workspaceId the affected workspace, or empty when the case concerns the loop row
 * @param path        the affected file relative to the workspace, or empty
 */
public record EdgeCaseHit(String taskRunId, int loopId, Optional<String> workspaceId, Optional<String> path) {

    public EdgeCaseHit {
        workspaceId = workspaceId == null ? Optional.empty() : workspaceId;
        path = path == null ? Optional.empty() : path;
    }

    static EdgeCaseHit ofLoop(String taskRunId, int loopId) {
        return new EdgeCaseHit(taskRunId, loopId, Optional.empty(), Optional.empty());
    }

    static EdgeCaseHit ofWorkspace(String taskRunId, int loopId, String workspaceId) {
        return new EdgeCaseHit(taskRunId, loopId, Optional.of(workspaceId), Optional.empty());
    }

    static EdgeCaseHit ofFile(String taskRunId, int loopId, String workspaceId, String path) {
        return new EdgeCaseHit(taskRunId, loopId, Optional.of(workspaceId), Optional.of(path));
    }
}
