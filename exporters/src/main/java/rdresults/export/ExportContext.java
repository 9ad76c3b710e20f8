package rdresults.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import rdresults.export.internal.workspace.LoopWorkspace;
import rdresults.export.internal.workspace.WorkspaceFiles;
import rdresults.model.IsoTimestamps;
import rdresults.model.Loop;
import rdresults.model.LoopKey;
import rdresults.model.TaskRun;
import rdresults.model.Workspace;
import rdresults.registry.LoopWorkspaceKey;
import rdresults.registry.RegistryReader;
import rdresults.registry.query.LoopQuery;
import rdresults.registry.query.TaskRunQuery;
import rdresults.registry.query.WorkspaceQuery;
import rdresults.registry.workspace.WorkspaceLocator;
import rdresults.registry.workspace.WorkspaceResolution;

/**
 * What one export run reads from: the registry, the workspace locator and reader, and the clock. Registry rows and
 * path resolutions are read once and shared by every catalog of the run; workspace files are read by a
 * {@link rdresults.export.internal.pass.WorkspacePass}, which visits each folder once for all catalogs.
 */
public final class ExportContext {

    private final RegistryReader registry;
    private final WorkspaceLocator locator;
    private final WorkspaceReader workspaces;
    private final Clock clock;
    private final Map<String, Optional<Path>> resolved = new ConcurrentHashMap<>();
    private volatile List<LoopWorkspace> loopWorkspaces;
    private volatile List<Workspace> allWorkspaces;

    public ExportContext(RegistryReader registry, WorkspaceLocator locator, WorkspaceReader workspaces, Clock clock) {
        this.registry = registry;
        this.locator = locator;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    public RegistryReader registry() {
        return registry;
    }

    public WorkspaceLocator locator() {
        return locator;
    }

    public WorkspaceReader workspaces() {
        return workspaces;
    }

    public ExportWarnings warnings() {
        return workspaces.warnings();
    }

    /** Python-isoformat timestamp of now, for {@code generated_at_utc}. */
    public String now() {
        return IsoTimestamps.now(clock);
    }

    /** Every workspace row, in key order. */
    public List<Workspace> allWorkspaces() {
        List<Workspace> rows = allWorkspaces;
        if (rows == null) {
            rows = registry.allWorkspaces(WorkspaceQuery.ALL);
            allWorkspaces = rows;
        }
        return rows;
    }

    /**
     * Every {@code loops ⋈ workspaces} row, ordered by task run, loop and workspace id; catalogs filter and order
     * further as their contract says.
     */
    public List<LoopWorkspace> loopWorkspaces() {
        List<LoopWorkspace> rows = loopWorkspaces;
        if (rows == null) {
            Map<String, TaskRun> runs = new HashMap<>();
            registry.allTaskRuns(TaskRunQuery.ALL).forEach(r -> runs.put(r.taskRunId(), r));
            Map<LoopKey, List<Workspace>> byLoop = new HashMap<>();
            for (Workspace w : allWorkspaces()) {
                if (w.loopId() != null) {
                    byLoop.computeIfAbsent(new LoopKey(w.taskRunId(), w.loopId()), k -> new ArrayList<>()).add(w);
                }
            }
            List<LoopWorkspace> joined = new ArrayList<>();
            for (Loop loop : registry.allLoops(LoopQuery.ALL)) {
                for (Workspace w : byLoop.getOrDefault(loop.key(), List.of())) {
                    joined.add(new LoopWorkspace(loop, w, runs.get(loop.taskRunId())));
                }
            }
            joined.sort(Comparator.comparing((LoopWorkspace r) -> r.loop().taskRunId())
                    .thenComparingLong(r -> r.loop().loopId())
                    .thenComparing(r -> r.workspace().workspaceId()));
            rows = List.copyOf(joined);
            loopWorkspaces = rows;
        }
        return rows;
    }

    /** The keys of the result rows in the order the Python strategy exporter reads them (see {@code StrategyRows}). */
    public List<LoopWorkspaceKey> resultRowsInPythonOrder() {
        return registry.listResultRowsInPythonOrder();
    }

    /**
     * The files of {@code workspace}'s folder, read afresh (keep them only while working on that folder), or empty
     * when its stored path resolves nowhere (warned once per path, into {@code visitWarnings}) or is blank.
     */
    public Optional<WorkspaceFiles> files(Workspace workspace, ExportWarnings visitWarnings) {
        String stored = workspace.workspacePath();
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        return resolved.computeIfAbsent(stored, s -> resolve(s, visitWarnings))
                .map(folder -> workspaces.folder(folder, visitWarnings));
    }

    private Optional<Path> resolve(String stored, ExportWarnings visitWarnings) {
        WorkspaceResolution r = locator.resolve(stored);
        if (!r.isResolved()) {
            visitWarnings.warn("workspace folder not found for stored path " + stored + " (tried " + r.tried() + ")");
        }
        return r.found();
    }
}
