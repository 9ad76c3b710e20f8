package rdresults.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import picocli.CommandLine.Option;
import rdresults.registry.RegistryReader;
import rdresults.registry.workspace.PathMapping;
import rdresults.registry.workspace.WorkspaceLocator;
import rdresults.sync.SqliteNativeLibrary;

/**
 * Where the registry and its workspaces are: {@code --repo-root}, {@code --registry-sqlite}, {@code --path-map}
 * (plus {@code rdr.path-maps} from the configuration). Builds the library objects a command works with; the
 * caller closes the reader it opens.
 */
@Dependent
@Unremovable
public final class RegistryOptions {

    /** The registry's place under a repository root (contract §0). */
    public static final String DEFAULT_REGISTRY = "RDagentDB/registry.sqlite";

    private static final Logger LOG = Logger.getLogger(RegistryOptions.class);

    private final RdrCliConfig config;

    @Option(names = "--repo-root", paramLabel = "R",
            description = "RD-Agent repository root (default: the current directory).")
    Path repoRoot;

    @Option(names = "--registry-sqlite", paramLabel = "PATH",
            description = "The registry database (default: R/" + DEFAULT_REGISTRY + ").")
    Path registrySqlite;

    @Option(names = "--path-map", paramLabel = "FROM=TO",
            description = "Rewrite stored workspace paths starting with FROM to start with TO; repeatable, "
                    + "tried in order, before the rdr.path-maps configuration.")
    List<String> pathMaps = new ArrayList<>();

    @Inject
    RegistryOptions(RdrCliConfig config) {
        this.config = config;
    }

    /** The repository root: {@code --repo-root}, else the current directory. */
    public Path repoRoot() {
        return (repoRoot == null ? Path.of("") : repoRoot).toAbsolutePath().normalize();
    }

    /** The registry file: {@code --registry-sqlite}, else {@code R/RDagentDB/registry.sqlite}. */
    public Path registryPath() {
        Path path = registrySqlite == null ? repoRoot().resolve(DEFAULT_REGISTRY) : registrySqlite;
        return path.toAbsolutePath().normalize();
    }

    /** Command-line path maps first (first match wins), then the configured ones. */
    public List<PathMapping> pathMappings() {
        List<String> texts = new ArrayList<>(pathMaps);
        config.pathMaps().ifPresent(texts::addAll);
        List<PathMapping> mappings = new ArrayList<>(texts.size());
        for (String text : texts) {
            if (!text.isBlank()) {
                mappings.add(PathMapping.parse(text.trim()));
            }
        }
        return mappings;
    }

    /**
     * Opens the registry read-only. With {@code rdr.cache-dir} configured, the SQLite driver's native library is
     * loaded from there (as for sync and the service): no rdr process leaves a copy in the temp folder.
     *
     * @throws rdresults.registry.RegistryNotFoundException no such file
     * @throws rdresults.registry.NotARegistryException     not a SQLite registry
     */
    public RegistryReader openReader() {
        Path path = registryPath();
        LOG.infof("opening registry %s", path);
        config.cacheDir().filter(d -> !d.isBlank()).ifPresent(d -> SqliteNativeLibrary.loadFrom(Path.of(d)));
        return RegistryReader.open(path);
    }

    /**
     * The locator for stored workspace paths. Its repository root is {@code --repo-root}; when only
     * {@code --registry-sqlite} is given, the folder above the registry's folder.
     */
    public WorkspaceLocator locator() {
        List<PathMapping> mappings = pathMappings();
        WorkspaceLocator locator = registrySqlite != null && repoRoot == null
                ? WorkspaceLocator.forRegistry(registryPath(), mappings)
                : WorkspaceLocator.forRepoRoot(repoRoot(), mappings);
        LOG.debugf("workspace locator: repo root %s, path maps %s", locator.repoRoot(), mappings);
        return locator;
    }
}
