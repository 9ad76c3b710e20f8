package rdresults.export;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives access to workspace folders and is the one place that decides what counts as absent (contract §4.0):
 * a missing file is simply absent; an unreadable or invalid JSON/YAML file is absent too, with a warning counted in
 * {@link ExportWarnings}. Each folder's files are read at most once per reader, so {@code export all} shares them
 * across catalogs. Thread-safe.
 */
public final class WorkspaceReader {

    private final ExportWarnings warnings;
    private final ParsedYamlCache yamlCache = new ParsedYamlCache();
    private final Map<Path, WorkspaceFiles> folders = new ConcurrentHashMap<>();

    public WorkspaceReader(ExportWarnings warnings) {
        this.warnings = warnings;
    }

    /** The files of the workspace at {@code folder} (which must exist; resolve stored paths first). */
    public WorkspaceFiles folder(Path folder) {
        return folders.computeIfAbsent(folder, f -> new WorkspaceFiles(f, yamlCache, warnings));
    }

    public ExportWarnings warnings() {
        return warnings;
    }

    /** Drops the memoised folders (between independent exports in one process). */
    public void clear() {
        folders.clear();
    }
}
