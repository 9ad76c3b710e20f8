package rdresults.export.internal.workspace;

import rdresults.model.Loop;
import rdresults.model.TaskRun;
import rdresults.model.Workspace;

/**
 * One row of {@code loops ⋈ workspaces} (joined on task run and loop id) with the loop's task run, which is null
 * when the registry has no row for it. The catalogs that work per loop emit one entry per such row.
 */
public record LoopWorkspace(Loop loop, Workspace workspace, TaskRun taskRun) {
}
