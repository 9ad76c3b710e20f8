package rdresults.model;

/**
 * One {@code workspaces} row. {@code workspacePath} is the absolute path as stored by the machine that wrote
 * it (Windows, WSL or POSIX form); resolve it with the registry module's {@code WorkspaceLocator}.
 * {@code loopId} is null for workspaces not tied to a loop.
 */
public record Workspace(
        String workspaceId,
        String taskRunId,
        Long loopId,
        String workspaceRole,
        String experimentType,
        String stepName,
        String status,
        String workspacePath,
        String metaPath,
        String summaryPath,
        String manifestPath,
        String createdAtUtc,
        String updatedAtUtc) {
}
