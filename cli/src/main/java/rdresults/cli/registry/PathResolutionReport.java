package rdresults.cli.registry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import rdresults.cli.TextTable;
import rdresults.model.PythonJson;
import rdresults.model.Workspace;
import rdresults.registry.workspace.WorkspaceLocator;
import rdresults.registry.workspace.WorkspaceResolution;
import rdresults.registry.workspace.WorkspaceResolution.Method;

/** How the stored path of every workspace row resolved on this machine: counts per rule, and the failures. */
public record PathResolutionReport(int total, Map<Method, Integer> resolvedByMethod, List<Unresolved> unresolved) {

    /** The human view lists at most this many unresolved workspaces; JSON lists them all. */
    public static final int HUMAN_LIMIT = 20;

    private static final Logger LOG = Logger.getLogger(PathResolutionReport.class);

    /** A workspace row whose path resolves nowhere, with every candidate folder tried. */
    public record Unresolved(String workspaceId, String taskRunId, Long loopId, String storedPath, List<Path> tried) {

        public Unresolved {
            tried = List.copyOf(tried);
        }
    }

    public PathResolutionReport {
        resolvedByMethod = Map.copyOf(resolvedByMethod);
        unresolved = List.copyOf(unresolved);
    }

    /** Resolves each workspace's stored path with {@code locator}. */
    public static PathResolutionReport of(List<Workspace> workspaces, WorkspaceLocator locator) {
        Map<Method, Integer> byMethod = new EnumMap<>(Method.class);
        List<Unresolved> unresolved = new ArrayList<>();
        for (Workspace w : workspaces) {
            WorkspaceResolution r = locator.resolve(w.workspacePath());
            if (r.isResolved()) {
                byMethod.merge(r.method(), 1, Integer::sum);
                LOG.debugf("workspace %s: %s -> %s (%s)", w.workspaceId(), w.workspacePath(), r.folder(), r.method());
            } else {
                unresolved.add(new Unresolved(w.workspaceId(), w.taskRunId(), w.loopId(), w.workspacePath(),
                        r.tried()));
                LOG.debugf("workspace %s: %s unresolved, tried %s", w.workspaceId(), w.workspacePath(), r.tried());
            }
        }
        return new PathResolutionReport(workspaces.size(), byMethod, unresolved);
    }

    public int resolved() {
        return total - unresolved.size();
    }

    /** e.g. {@code 57 of 57 resolved (rerooted 57)}. */
    public String summary() {
        StringBuilder sb = new StringBuilder().append(resolved()).append(" of ").append(total).append(" resolved");
        List<String> parts = new ArrayList<>();
        for (Method m : Method.values()) {
            Integer n = resolvedByMethod.get(m);
            if (n != null) {
                parts.add(methodName(m) + " " + n);
            }
        }
        if (!parts.isEmpty()) {
            sb.append(" (").append(String.join(", ", parts)).append(')');
        }
        return sb.toString();
    }

    /** {@code {"total", "resolved", "unresolved_count", "by_method", "unresolved": [...]}}, listing all. */
    public ObjectNode toJson() {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("total", total);
        n.put("resolved", resolved());
        n.put("unresolved_count", unresolved.size());
        ObjectNode by = n.putObject("by_method");
        for (Method m : Method.values()) {
            Integer count = resolvedByMethod.get(m);
            if (count != null) {
                by.put(methodName(m), count);
            }
        }
        ArrayNode list = n.putArray("unresolved");
        for (Unresolved u : unresolved) {
            ObjectNode item = list.addObject();
            item.put("workspace_id", u.workspaceId());
            item.put("task_run_id", u.taskRunId());
            item.put("loop_id", u.loopId());
            item.put("workspace_path", u.storedPath());
            ArrayNode tried = item.putArray("tried");
            u.tried().forEach(p -> tried.add(p.toString()));
        }
        return n;
    }

    /** Lists the first {@link #HUMAN_LIMIT} unresolved workspaces as a table, then how many were left out. */
    public void printUnresolved(PrintWriter out) {
        if (unresolved.isEmpty()) {
            return;
        }
        List<Unresolved> shown = unresolved.subList(0, Math.min(HUMAN_LIMIT, unresolved.size()));
        new TextTable<Unresolved>()
                .column("WORKSPACE_ID", 32, Unresolved::workspaceId)
                .column("TASK_RUN_ID", 32, Unresolved::taskRunId)
                .column("LOOP", 6, Unresolved::loopId)
                .tailColumn("STORED_PATH", 70, Unresolved::storedPath)
                .print(out, shown);
        if (unresolved.size() > shown.size()) {
            out.println("... and " + (unresolved.size() - shown.size()) + " more (--json lists all)");
        }
    }

    static String methodName(Method m) {
        return m.name().toLowerCase(Locale.ROOT);
    }
}
