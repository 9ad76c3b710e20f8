package rdresults.export;

import java.nio.file.Path;
import rdresults.export.internal.workspace.MlflowStores;
import rdresults.export.internal.workspace.ParsedYamlCache;
import rdresults.export.internal.workspace.WorkspaceFiles;

/**
 * Gives access to workspace folders and is the one place that decides what counts as absent (contract §4.0):
 * a missing file is simply absent; an unreadable or invalid JSON/YAML file is absent too, with a warning counted in
 * {@link ExportWarnings}. It also says how many folders an export reads at once. Thread-safe.
 */
public final class WorkspaceReader {

    private final ExportWarnings warnings;
    private final int threads;
    private final ParsedYamlCache yamlCache = new ParsedYamlCache();
    private final MlflowStores mlflowStores = new MlflowStores();

    /** A reader using every available processor. */
    public WorkspaceReader(ExportWarnings warnings) {
        this(warnings, Runtime.getRuntime().availableProcessors());
    }

    /**
     * A reader whose exports read {@code threads} workspace folders at once (1: one after another, on the
     * calling thread); outputs are the same for every value.
     */
    public WorkspaceReader(ExportWarnings warnings, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.warnings = warnings;
        this.threads = threads;
    }

    /**
     * The files of the workspace at {@code folder} (which must exist; resolve stored paths first), read afresh:
     * keep the result only while working on that folder.
     */
    public WorkspaceFiles folder(Path folder) {
        return folder(folder, warnings);
    }

    /** As {@link #folder(Path)}, warning into {@code visitWarnings} (a buffer of one unit of parallel work). */
    public WorkspaceFiles folder(Path folder, ExportWarnings visitWarnings) {
        return new WorkspaceFiles(folder, yamlCache, mlflowStores, visitWarnings);
    }

    public ExportWarnings warnings() {
        return warnings;
    }

    public int threads() {
        return threads;
    }
}
