package rdresults.export.internal.factor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import rdresults.model.PythonJson;

/**
 * Where an occurrence of a factor was found: an alpha-meta file, or a workspace's {@code factor_meta.json}.
 *
 * @param alphaMeta   the alpha-meta file as given, or null
 * @param taskRunId   the workspace row's task run, or null
 * @param loopId      the workspace row's loop, or null
 * @param workspaceId the workspace id, or null
 */
record FactorOrigin(String alphaMeta, String taskRunId, Long loopId, String workspaceId) {

    static FactorOrigin alphaMeta(String file) {
        return new FactorOrigin(file, null, null, null);
    }

    static FactorOrigin workspace(String taskRunId, Long loopId, String workspaceId) {
        return new FactorOrigin(null, taskRunId, loopId, workspaceId);
    }

    /** {@code {"alpha_meta": F}} or {@code {"task_run_id", "loop_id", "workspace_id"}}. */
    ObjectNode toNode() {
        ObjectNode n = PythonJson.nodes().objectNode();
        if (alphaMeta != null) {
            n.put("alpha_meta", alphaMeta);
        } else {
            n.put("task_run_id", taskRunId);
            n.put("loop_id", loopId);
            n.put("workspace_id", workspaceId);
        }
        return n;
    }
}
