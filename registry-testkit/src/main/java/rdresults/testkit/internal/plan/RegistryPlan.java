package rdresults.testkit.internal.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import rdresults.testkit.EdgeCase;
import rdresults.testkit.EdgeCaseHit;

/** The whole registry, decided before anything is written, and where the edge cases went. */
public record RegistryPlan(List<TaskRunPlan> taskRuns, Map<EdgeCase, List<EdgeCaseHit>> edgeCaseHits) {

    public RegistryPlan {
        taskRuns = List.copyOf(taskRuns);
        EnumMap<EdgeCase, List<EdgeCaseHit>> copy = new EnumMap<>(EdgeCase.class);
        edgeCaseHits.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        edgeCaseHits = copy;
    }

    public List<LoopPlan> loops() {
        return taskRuns.stream().flatMap(run -> run.loops().stream()).toList();
    }
}
