package rdresults.registry.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a stored workspace path was found, and how; {@code folder} is null when it resolves nowhere, with every
 * candidate tried listed for the report.
 */
public record WorkspaceResolution(String storedPath, Path folder, Method method, List<Path> tried) {

    /** Which rule found the folder. */
    public enum Method { PATH_MAP, AS_STORED, DRIVE_FORM, REROOTED, UNRESOLVED }

    public WorkspaceResolution {
        tried = List.copyOf(tried);
    }

    public Optional<Path> found() {
        return Optional.ofNullable(folder);
    }

    public boolean isResolved() {
        return folder != null;
    }
}
