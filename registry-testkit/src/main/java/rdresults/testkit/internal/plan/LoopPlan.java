package rdresults.testkit.internal.plan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import rdresults.testkit.EdgeCase;

/** One {@code loops} row with everything needed to write its workspaces. */
public record LoopPlan(String taskRunId, int loopId, Scenario scenario, Action action, LoopState state, LoopTimes times,
                       LoopContent content, List<WorkspacePlan> workspaces, Set<EdgeCase> edgeCases) {

    public LoopPlan {
        workspaces = List.copyOf(workspaces);
        edgeCases = Collections.unmodifiableSet(edgeCases.isEmpty() ? EnumSet.noneOf(EdgeCase.class)
                : EnumSet.copyOf(edgeCases));
    }

    public boolean has(EdgeCase edgeCase) {
        return edgeCases.contains(edgeCase);
    }

    /** The experiment workspace, if the loop got that far. */
    public Optional<WorkspacePlan> experiment() {
        return workspaces.stream().filter(w -> w.kind() == WorkspaceKind.EXPERIMENT).findFirst();
    }

    public LoopPlan withEdgeCase(EdgeCase edgeCase) {
        EnumSet<EdgeCase> cases = EnumSet.of(edgeCase);
        cases.addAll(edgeCases);
        return new LoopPlan(taskRunId, loopId, scenario, action, state, times, content, workspaces, cases);
    }

    public LoopPlan withContent(LoopContent newContent) {
        return new LoopPlan(taskRunId, loopId, scenario, action, state, times, newContent, workspaces, edgeCases);
    }

    public LoopPlan withWorkspaces(UnaryOperator<WorkspacePlan> change) {
        return new LoopPlan(taskRunId, loopId, scenario, action, state, times, content,
                workspaces.stream().map(change).toList(), edgeCases);
    }
}
