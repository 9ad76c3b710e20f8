package rdresults.factorlib;

import java.nio.file.Path;
import rdresults.model.Workspace;

/** A workspace row of a loop with the folder it resolved to on this machine. */
record LoopWorkspace(Workspace row, Path folder) {

    String id() {
        return row.workspaceId();
    }
}
