package rdresults.model;

import java.util.Objects;

/** Identity of a loop: its task run and its number within that run. */
public record LoopKey(String taskRunId, long loopId) {

    public LoopKey {
        Objects.requireNonNull(taskRunId, "taskRunId");
    }

    @Override
    public String toString() {
        return taskRunId + "/" + loopId;
    }
}
