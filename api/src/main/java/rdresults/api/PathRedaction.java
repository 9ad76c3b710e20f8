package rdresults.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;

/**
 * Rewrites the service's absolute paths in a text meant for a client (problem details, the readiness body) as paths
 * relative to the repository root, e.g. {@code RDagentDB/registry.sqlite}: a client learns which file is concerned,
 * not how the server's file system is laid out. A configured file outside the repository root is named by its
 * file name. The log keeps the full paths.
 */
@ApplicationScoped
public class PathRedaction {

    private final Path repoRoot;
    private final Path registryPath;
    private final Path catalogDir;

    @Inject
    public PathRedaction(CoreProducers paths) {
        this(paths.repoRoot(), paths.registryPath(), paths.catalogDir());
    }

    public PathRedaction(Path repoRoot, Path registryPath, Path catalogDir) {
        this.repoRoot = repoRoot;
        this.registryPath = registryPath;
        this.catalogDir = catalogDir;
    }

    /** {@code text} with every known absolute path replaced by its display form. */
    public String redact(String text) {
        if (text == null) {
            return "";
        }
        // the longest paths first: the repository root is a prefix of the others
        String out = text.replace(registryPath.toString(), display(registryPath))
                .replace(catalogDir.toString(), display(catalogDir));
        return out.replace(repoRoot + "/", "").replace(repoRoot.toString(), ".");
    }

    /** {@code path} relative to the repository root; its file name when it lies outside. */
    public String display(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (p.startsWith(repoRoot)) {
            return p.equals(repoRoot) ? "." : repoRoot.relativize(p).toString();
        }
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }
}
