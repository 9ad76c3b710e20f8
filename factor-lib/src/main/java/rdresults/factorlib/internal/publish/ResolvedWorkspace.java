package rdresults.factorlib.internal.publish;

import java.nio.file.Path;
import rdresults.model.Workspace;

/** A workspace row of a loop with the folder it resolved to on this machine. */
public record ResolvedWorkspace(Workspace row, Path folder) {

    String id() {
        return row.workspaceId();
    }
}
