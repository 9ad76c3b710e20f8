package rdresults.api.console;

import io.quarkus.qute.TemplateData;
import java.util.List;
import rdresults.model.LoopKey;

/**
 * One line of the experiment library: a loop catalog entry with its registry times and the number of its registered
 * artifacts the registry marks {@code missing} (files gone from the workspace since they were registered).
 */
@TemplateData
public record LoopRow(LoopKey key, String action, String status, Boolean decision, boolean solidified,
                      String materialization, String time, Kpis kpis, List<String> factorNames, String strategyId,
                      int missingFiles) {

    public LoopRow {
        factorNames = List.copyOf(factorNames);
    }

    public String taskRunId() {
        return key.taskRunId();
    }

    public long loopId() {
        return key.loopId();
    }

    /** {@code task_run_id/loop_id}: the value of a compare checkbox. */
    public String id() {
        return key.toString();
    }

    public String href() {
        return Links.loop(key);
    }

    public String curvesHref() {
        return Links.curves(key.taskRunId(), key.loopId());
    }

    public String shortRun() {
        return key.taskRunId().length() > 8 ? key.taskRunId().substring(0, 8) : key.taskRunId();
    }

    public String decisionText() {
        return decision == null ? "none" : decision ? "accepted" : "rejected";
    }

    public String timeText() {
        return Times.utc(time);
    }
}
