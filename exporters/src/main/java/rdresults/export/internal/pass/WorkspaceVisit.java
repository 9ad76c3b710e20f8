package rdresults.export.internal.pass;

import java.util.Optional;
import rdresults.export.ExportWarnings;
import rdresults.export.internal.workspace.LoopWorkspace;
import rdresults.export.internal.workspace.WorkspaceFiles;
import rdresults.model.Workspace;

/**
 * A {@link PlannedVisit} under way: the folder's files (read once for every catalog of the pass) and the visit's
 * own warnings, which the pass adds to the export's in visit order.
 */
public final class WorkspaceVisit {

    private final PlannedVisit planned;
    private final WorkspaceFiles files;
    private final ExportWarnings warnings;

    WorkspaceVisit(PlannedVisit planned, WorkspaceFiles files, ExportWarnings warnings) {
        this.planned = planned;
        this.files = files;
        this.warnings = warnings;
    }

    public PlannedVisit planned() {
        return planned;
    }

    public Workspace workspace() {
        return planned.workspace();
    }

    /** The loop row this visit is for; only call when {@code planned().hasLoopRow()}. */
    public LoopWorkspace loopRow() {
        if (!planned.hasLoopRow()) {
            throw new IllegalStateException("visit of workspace " + workspace().workspaceId() + " has no loop row");
        }
        return planned.loopRow();
    }

    /** The workspace's files, or empty when its stored path resolves nowhere (already warned). */
    public Optional<WorkspaceFiles> files() {
        return Optional.ofNullable(files);
    }

    /** Where anything a catalog skips while reading this visit is warned. */
    public ExportWarnings warnings() {
        return warnings;
    }
}
