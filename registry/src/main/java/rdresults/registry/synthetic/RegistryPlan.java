package rdresults.registry.synthetic;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The whole registry, decided before anything is written, and where the edge cases went. */
record RegistryPlan(List<TaskRunPlan> taskRuns, Map<EdgeCase, List<EdgeCaseHit>> edgeCaseHits) {

    RegistryPlan {
        taskRuns = List.copyOf(taskRuns);
        EnumMap<EdgeCase, List<EdgeCaseHit>> copy = new EnumMap<>(EdgeCase.class);
        edgeCaseHits.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        edgeCaseHits = copy;
    }

    List<LoopPlan> loops() {
        return taskRuns.stream().flatMap(run -> run.loops().stream()).toList();
    }
}
