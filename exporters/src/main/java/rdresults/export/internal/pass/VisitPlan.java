package rdresults.export.internal.pass;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import rdresults.export.ExportContext;
import rdresults.export.internal.workspace.StrategyRows;
import rdresults.export.internal.workspace.LoopWorkspace;
import rdresults.model.Workspace;

/**
 * The order in which a workspace pass visits the registry's workspaces: first every {@code loops ⋈ workspaces} row
 * whose loop has a result, in the Python strategy exporter's order ({@link StrategyRows#order}), then every workspace row not visited yet,
 * in workspace id order. Catalogs that keep the first of several rows rely on the first part's order; the others
 * key what they keep by row position and do not depend on it.
 */
final class VisitPlan {

    private VisitPlan() {
    }

    static List<PlannedVisit> of(ExportContext context) {
        List<Workspace> workspaces = context.allWorkspaces();
        List<LoopWorkspace> loopRows = context.loopWorkspaces();
        // loop rows hold the very workspace objects of allWorkspaces(), so identity finds their position
        Map<Workspace, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < workspaces.size(); i++) {
            position.put(workspaces.get(i), i);
        }
        boolean[] visited = new boolean[workspaces.size()];
        List<PlannedVisit> plan = new ArrayList<>(workspaces.size());
        for (int loopIndex : StrategyRows.order(loopRows, context.resultRowsInPythonOrder())) {
            LoopWorkspace row = loopRows.get(loopIndex);
            int w = position.get(row.workspace());
            plan.add(new PlannedVisit(row.workspace(), w, row, loopIndex, !visited[w]));
            visited[w] = true;
        }
        for (int w = 0; w < workspaces.size(); w++) {
            if (!visited[w]) {
                plan.add(new PlannedVisit(workspaces.get(w), w, null, -1, true));
            }
        }
        return plan;
    }
}
