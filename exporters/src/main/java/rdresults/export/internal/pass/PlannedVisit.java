package rdresults.export.internal.pass;

import rdresults.export.internal.workspace.LoopWorkspace;
import rdresults.model.Workspace;

/**
 * One stop of a workspace pass: a workspace row, with the loop row it is visited for when there is one.
 *
 * @param workspace        the workspace row
 * @param workspaceIndex   its position in {@code ExportContext.allWorkspaces()} (workspace id order)
 * @param loopRow          the {@code loops ⋈ workspaces} row this stop is for, or null for a workspace visited
 *                         only for itself (no loop row with a result)
 * @param loopIndex        the position of {@code loopRow} in {@code ExportContext.loopWorkspaces()}, or -1
 * @param firstOfWorkspace whether this is the first stop at this workspace row (a row with several loop rows gets
 *                         several stops); per-workspace catalogs read it here only
 */
public record PlannedVisit(Workspace workspace, int workspaceIndex, LoopWorkspace loopRow, int loopIndex,
                           boolean firstOfWorkspace) {

    public boolean hasLoopRow() {
        return loopRow != null;
    }
}
