package rdresults.registry.workspace;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the absolute workspace paths a registry stores (written on another machine, often Windows or WSL) to
 * real folders on this one. The one component every reader uses; rules, in order:
 * <ol>
 *   <li>explicit {@link PathMapping} prefixes, first match wins;</li>
 *   <li>the path as stored, then its Windows⇄WSL drive form ({@code F:\a} / {@code f:/a} ⇄ {@code /mnt/f/a});</li>
 *   <li>re-rooting: the {@code git_ignore_folder/RD-Agent_workspace/<id>} tail under the repository root that
 *       holds the registry (the folder above {@code RDagentDB/}).</li>
 * </ol>
 * A path that resolves nowhere is reported as unresolved, never thrown.
 */
public final class WorkspaceLocator {

    /** The part of a stored path that stays the same on every machine. */
    public static final String WORKSPACE_MARKER = "git_ignore_folder/RD-Agent_workspace/";

    private static final Pattern DRIVE = Pattern.compile("^([A-Za-z]):(?:/(.*))?$");
    private static final Pattern WSL_MOUNT = Pattern.compile("^/mnt/([A-Za-z])(?:/(.*))?$");

    private final Path repoRoot;
    private final List<PathMapping> mappings;
    private final boolean windowsHost;

    private WorkspaceLocator(Path repoRoot, List<PathMapping> mappings, boolean windowsHost) {
        this.repoRoot = repoRoot;
        this.mappings = List.copyOf(mappings);
        this.windowsHost = windowsHost;
    }

    /** A locator for workspaces of the repository at {@code repoRoot}. */
    public static WorkspaceLocator forRepoRoot(Path repoRoot, List<PathMapping> mappings) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return new WorkspaceLocator(repoRoot.toAbsolutePath().normalize(), mappings, windows);
    }

    /** A locator for the registry at {@code registryPath}: the repository root is the folder above its folder. */
    public static WorkspaceLocator forRegistry(Path registryPath, List<PathMapping> mappings) {
        return forRepoRoot(repoRootOf(registryPath), mappings);
    }

    /** The repository root that holds a registry: the parent of {@code RDagentDB/} (or of the file's folder). */
    public static Path repoRootOf(Path registryPath) {
        Path folder = registryPath.toAbsolutePath().normalize().getParent();
        Path parent = folder == null ? null : folder.getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    public Path repoRoot() {
        return repoRoot;
    }

    /** The folder {@code storedPath} names on this machine, if any. */
    public Optional<Path> locate(String storedPath) {
        return resolve(storedPath).found();
    }

    /** Resolves {@code storedPath}, recording each candidate tried. */
    public WorkspaceResolution resolve(String storedPath) {
        List<Path> tried = new ArrayList<>(4);
        if (storedPath == null || storedPath.isBlank()) {
            return new WorkspaceResolution(storedPath, null, WorkspaceResolution.Method.UNRESOLVED, tried);
        }
        String normalized = storedPath.trim().replace('\\', '/');
        for (PathMapping m : mappings) {
            Optional<String> mapped = mapPrefix(normalized, m);
            if (mapped.isPresent()) {
                Optional<Path> hit = check(mapped.get(), tried);
                if (hit.isPresent()) {
                    return new WorkspaceResolution(storedPath, hit.get(), WorkspaceResolution.Method.PATH_MAP, tried);
                }
            }
        }
        String nativeForm = windowsHost ? storedPath.trim() : normalized;
        // a relative stored path is relative to the repository, never to wherever the reader was started
        Optional<Path> asStored = check(nativeForm, tried);
        if (asStored.isPresent()) {
            return new WorkspaceResolution(storedPath, asStored.get(), WorkspaceResolution.Method.AS_STORED, tried);
        }
        Optional<String> other = driveForm(normalized);
        if (other.isPresent()) {
            Optional<Path> hit = check(other.get(), tried);
            if (hit.isPresent()) {
                return new WorkspaceResolution(storedPath, hit.get(), WorkspaceResolution.Method.DRIVE_FORM, tried);
            }
        }
        int marker = normalized.toLowerCase(Locale.ROOT).lastIndexOf(WORKSPACE_MARKER.toLowerCase(Locale.ROOT));
        if (marker >= 0) {
            String tail = normalized.substring(marker + WORKSPACE_MARKER.length());
            String rel = WORKSPACE_MARKER + stripTrailingSlash(tail);
            Optional<Path> hit = check(rel, tried);
            if (hit.isPresent()) {
                return new WorkspaceResolution(storedPath, hit.get(), WorkspaceResolution.Method.REROOTED, tried);
            }
        }
        return new WorkspaceResolution(storedPath, null, WorkspaceResolution.Method.UNRESOLVED, tried);
    }

    /** The other OS's spelling of a drive path: {@code F:/x} ⇄ {@code /mnt/f/x}, for this host. */
    private Optional<String> driveForm(String normalized) {
        Matcher drive = DRIVE.matcher(normalized);
        if (!windowsHost && drive.matches()) {
            String rest = drive.group(2) == null ? "" : drive.group(2);
            return Optional.of("/mnt/" + drive.group(1).toLowerCase(Locale.ROOT) + "/" + rest);
        }
        Matcher wsl = WSL_MOUNT.matcher(normalized);
        if (windowsHost && wsl.matches()) {
            String rest = wsl.group(2) == null ? "" : wsl.group(2);
            return Optional.of(wsl.group(1).toUpperCase(Locale.ROOT) + ":\\" + rest.replace('/', '\\'));
        }
        return Optional.empty();
    }

    private static Optional<String> mapPrefix(String normalized, PathMapping m) {
        String from = stripTrailingSlash(m.from().replace('\\', '/'));
        boolean driveLike = DRIVE.matcher(from).matches() || from.matches("^[A-Za-z]:/.*");
        boolean matches = driveLike
                ? normalized.regionMatches(true, 0, from, 0, from.length())
                : normalized.startsWith(from);
        if (!matches || (normalized.length() > from.length() && normalized.charAt(from.length()) != '/')) {
            return Optional.empty();
        }
        return Optional.of(stripTrailingSlash(m.to().replace('\\', '/')) + normalized.substring(from.length()));
    }

    /** Checks one candidate; a relative one is relative to the repository, never to the working directory. */
    private Optional<Path> check(String candidate, List<Path> tried) {
        Path p;
        try {
            p = repoRoot.resolve(candidate);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        tried.add(p);
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    private static String stripTrailingSlash(String s) {
        String out = s;
        while (out.length() > 1 && out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }
}
