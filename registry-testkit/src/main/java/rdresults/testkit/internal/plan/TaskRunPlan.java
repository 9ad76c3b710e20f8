package rdresults.testkit.internal.plan;

import java.util.List;

/** One {@code task_runs} row and its loops. {@code rdagentVersion} may be null, as in older runs. */
public record TaskRunPlan(String taskRunId, Scenario scenario, String status, long createdAt, long updatedAt,
                          String gitSha, String rdagentVersion, String logTracePath, List<LoopPlan> loops) {

    public TaskRunPlan {
        loops = List.copyOf(loops);
    }

    public TaskRunPlan withLoops(List<LoopPlan> newLoops) {
        return new TaskRunPlan(taskRunId, scenario, status, createdAt, updatedAt, gitSha, rdagentVersion,
                logTracePath, newLoops);
    }
}
