package rdresults.export.internal.loop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import rdresults.export.internal.workspace.LoopWorkspace;
import rdresults.model.Loop;
import rdresults.model.PythonJson;
import rdresults.model.Workspace;

/**
 * Writes one loop catalog entry: the reference's fields in its key order (contract §4.3), then the additions
 * {@code model_run_id}, {@code factor_impl_version}, {@code model_file_paths}, {@code missing} and
 * {@code gates_passed}, {@code started_at_utc}, {@code ended_at_utc} and {@code updated_at_utc} (else the end time).
 */
public final class LoopEntries {

    private LoopEntries() {
    }

    static ObjectNode toEntry(LoopWorkspace row, LoopFacts facts, List<String> missing) {
        Loop loop = row.loop();
        Workspace ws = row.workspace();
        ObjectNode e = PythonJson.nodes().objectNode();
        e.put("task_run_id", loop.taskRunId());
        e.put("loop_id", loop.loopId());
        e.put("workspace_id", ws.workspaceId());
        e.put("workspace_path", ws.workspacePath());
        e.putNull("scenario");
        e.put("step_name", ws.stepName());
        e.put("action", loop.action());
        e.put("status", loop.status());
        e.put("has_result", loop.hasResult());
        e.put("log_dir", logDir(row));
        e.put("materialization_status", loop.materializationStatus());
        e.put("materialization_error", loop.materializationError());
        e.put("asset_bundle_id", loop.assetBundleId());
        e.put("is_solidified", loop.isSolidified());
        e.put("sync_status", isEmpty(loop.syncStatus()) ? "pending" : loop.syncStatus());
        e.put("strategy_id", facts.strategyId(ws.stepName(), loop.action()));
        facts.factorNames().forEach(e.putArray("factor_names")::add);
        facts.kpis().writeTo(e);
        facts.feedback().writeTo(e);
        e.set("paths", facts.paths().deepCopy());
        e.put("model_run_id", facts.modelRunId());
        e.put("factor_impl_version", facts.factorImplVersion());
        facts.modelFiles().paths().forEach(e.putArray("model_file_paths")::add);
        missing.forEach(e.putArray("missing")::add);
        e.put("gates_passed", missing.isEmpty());
        // the loop's registry times, so consumers can ask for what changed since their last sync
        e.put("started_at_utc", loop.startedAtUtc());
        e.put("ended_at_utc", loop.endedAtUtc());
        e.put("updated_at_utc", isEmpty(loop.updatedAtUtc()) ? loop.endedAtUtc() : loop.updatedAtUtc());
        return e;
    }

    /** {@code loops.log_dir or task_runs.log_trace_path}: an empty log dir falls back too. */
    private static String logDir(LoopWorkspace row) {
        String logDir = row.loop().logDir();
        if (!isEmpty(logDir)) {
            return logDir;
        }
        return row.taskRun() == null ? null : row.taskRun().logTracePath();
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
