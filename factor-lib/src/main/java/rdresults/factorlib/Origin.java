package rdresults.factorlib;

import java.util.Objects;
import rdresults.model.LoopKey;

/**
 * Where a published function's code came from: the loop, the workspace holding the file and the file's path
 * relative to that workspace ({@code /}-separated).
 */
public record Origin(String taskRunId, long loopId, String workspaceId, String file) {

    public Origin {
        Objects.requireNonNull(taskRunId, "taskRunId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(file, "file");
    }

    public LoopKey loop() {
        return new LoopKey(taskRunId, loopId);
    }

    /** {@code <task_run_id>/<loop_id> workspace <id> file <path>}, as history comments and docstrings show it. */
    public String describe() {
        return taskRunId + "/" + loopId + " workspace " + workspaceId + " file " + file;
    }
}
