package rdresults.api.curves;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rdresults.api.RegistryAccess;
import rdresults.api.http.NotFoundProblemException;
import rdresults.model.LoopKey;
import rdresults.model.Workspace;
import rdresults.registry.RegistryReader;
import rdresults.registry.query.WorkspaceQuery;
import rdresults.registry.workspace.WorkspaceLocator;

/**
 * Finds a loop's return series and keeps the curves of the files read last, keyed by file and re-read when the
 * file's size or modification time changes.
 *
 * <p>Which workspace: the loop's {@code experiment_workspace} rows (all its workspaces when it has none), newest
 * {@code updated_at_utc} first; the first whose folder holds {@code ret_schema.json} (else
 * {@code ret_schema.parquet}) wins.
 */
@ApplicationScoped
public class LoopCurvesStore {

    static final String EXPERIMENT_ROLE = "experiment_workspace";
    private static final int CACHED_FILES = 256;

    private final RegistryAccess registry;
    private final WorkspaceLocator locator;
    private final Map<Path, Cached> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Cached> eldest) {
            return size() > CACHED_FILES;
        }
    };

    private record Cached(long size, long modifiedMillis, ReportCurves curves) {
    }

    public LoopCurvesStore(RegistryAccess registry, WorkspaceLocator locator) {
        this.registry = registry;
        this.locator = locator;
    }

    /**
     * The loop's curves. @throws NotFoundProblemException for an unknown loop or one without a return series;
     * CurvesUnavailableException when the file cannot be read or is not a return series
     */
    public LoopCurves get(LoopKey key) {
        RegistryReader reader = registry.reader();
        if (reader.findLoop(key).isEmpty()) {
            throw new NotFoundProblemException("loop not found: " + key);
        }
        List<Workspace> workspaces = reader.allWorkspaces(
                new WorkspaceQuery(key.taskRunId(), key.loopId(), null, null, null, null));
        CurvesFile file = find(workspaces).orElseThrow(() -> new NotFoundProblemException("loop " + key
                + " has no return series: no " + CurvesFile.JSON + " or " + CurvesFile.PARQUET + " in "
                + (workspaces.isEmpty() ? "any workspace (the loop has none)" : "its workspace folder")));
        return new LoopCurves(key, file.workspaceId(), file.fileName(), curves(file));
    }

    private Optional<CurvesFile> find(List<Workspace> workspaces) {
        boolean anyExperiment = workspaces.stream().anyMatch(w -> EXPERIMENT_ROLE.equals(w.workspaceRole()));
        return workspaces.stream()
                .filter(w -> !anyExperiment || EXPERIMENT_ROLE.equals(w.workspaceRole()))
                .sorted(Comparator.comparing((Workspace w) -> w.updatedAtUtc() == null ? "" : w.updatedAtUtc())
                        .thenComparing(Workspace::workspaceId).reversed())
                .flatMap(w -> locator.locate(w.workspacePath()).flatMap(f -> CurvesFile.in(w.workspaceId(), f))
                        .stream())
                .findFirst();
    }

    private ReportCurves curves(CurvesFile file) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file.path(), BasicFileAttributes.class);
        } catch (IOException e) {
            throw CurvesUnavailableException.unreadable(file.path(), e);
        }
        synchronized (cache) {
            Cached c = cache.get(file.path());
            if (c != null && c.size() == attrs.size() && c.modifiedMillis() == attrs.lastModifiedTime().toMillis()) {
                return c.curves();
            }
        }
        ReportCurves curves = ReportCurves.of(read(file));
        synchronized (cache) {
            cache.put(file.path(), new Cached(attrs.size(), attrs.lastModifiedTime().toMillis(), curves));
        }
        return curves;
    }

    private static ReturnSeries read(CurvesFile file) {
        if (file.isParquet()) {
            return RetSchemaParquetReader.read(file.path());
        }
        return RetSchemaJsonReader.read(file.path());
    }
}
