package rdresults.factorlib.internal.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rdresults.factorlib.LoopNotFoundException;
import rdresults.model.Loop;
import rdresults.model.LoopKey;
import rdresults.model.Workspace;
import rdresults.registry.RegistryReader;
import rdresults.registry.query.LoopQuery;
import rdresults.registry.query.WorkspaceQuery;
import rdresults.registry.workspace.WorkspaceLocator;

/** Looks loops up in the registry and resolves their workspace folders. */
public final class LoopReader {

    /** Sub-workspaces hold each factor's code; among equals the newest attempt wins. */
    private static final Comparator<Workspace> PREFERENCE = Comparator
            .comparing((Workspace w) -> !"sub_workspace".equals(w.workspaceRole()))
            .thenComparing(w -> w.updatedAtUtc() == null ? "" : w.updatedAtUtc(), Comparator.reverseOrder())
            .thenComparing(Workspace::workspaceId);

    /** Publishing order for many loops: oldest first, so a newer loop's code replaces an older one's. */
    private static final Comparator<LoopFiles> CHRONOLOGICAL = Comparator
            .comparing((LoopFiles l) -> l.endedAtUtc() == null ? "" : l.endedAtUtc())
            .thenComparing(l -> l.key().taskRunId())
            .thenComparingLong(l -> l.key().loopId());

    private final RegistryReader registry;
    private final WorkspaceLocator locator;

    public LoopReader(RegistryReader registry, WorkspaceLocator locator) {
        this.registry = registry;
        this.locator = locator;
    }

    /**
     * One loop.
     *
     * @throws LoopNotFoundException when the registry has no such loop
     */
    public LoopFiles read(LoopKey key) {
        Loop loop = registry.findLoop(key).orElseThrow(() -> new LoopNotFoundException(registry.path(), key));
        List<Workspace> rows = registry.allWorkspaces(
                new WorkspaceQuery(key.taskRunId(), key.loopId(), null, null, null, null));
        return resolve(key, loop.endedAtUtc(), rows);
    }

    /** Every loop of the registry, oldest first. */
    public List<LoopFiles> readAll() {
        Map<LoopKey, List<Workspace>> byLoop = new LinkedHashMap<>();
        for (Workspace w : registry.allWorkspaces(WorkspaceQuery.ALL)) {
            if (w.loopId() != null) {
                byLoop.computeIfAbsent(new LoopKey(w.taskRunId(), w.loopId()), k -> new ArrayList<>()).add(w);
            }
        }
        List<LoopFiles> out = new ArrayList<>();
        for (Loop loop : registry.allLoops(LoopQuery.ALL)) {
            out.add(resolve(loop.key(), loop.endedAtUtc(), byLoop.getOrDefault(loop.key(), List.of())));
        }
        out.sort(CHRONOLOGICAL);
        return out;
    }

    private LoopFiles resolve(LoopKey key, String endedAtUtc, List<Workspace> rows) {
        List<Workspace> sorted = new ArrayList<>(rows);
        sorted.sort(PREFERENCE);
        List<ResolvedWorkspace> found = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (Workspace w : sorted) {
            Optional<java.nio.file.Path> folder = locator.locate(w.workspacePath());
            if (folder.isPresent()) {
                found.add(new ResolvedWorkspace(w, folder.get()));
            } else {
                unresolved.add(w.workspacePath());
            }
        }
        return new LoopFiles(key, endedAtUtc, found, unresolved);
    }
}
