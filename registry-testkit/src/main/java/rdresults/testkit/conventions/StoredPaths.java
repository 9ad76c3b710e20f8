package rdresults.testkit.conventions;

import java.nio.file.Path;
import rdresults.registry.workspace.WorkspaceLocator;
import rdresults.testkit.PathStyle;

/**
 * Renders the absolute paths the registry stores, in the form the writing machine used (contract §0, cross-OS
 * paths). Only {@link PathStyle#POSIX} points at the generated tree itself.
 */
public final class StoredPaths {

    /** {@code git_ignore_folder/RD-Agent_workspace}: the reader's marker without its trailing slash. */
    public static final String WORKSPACE_ROOT_REL = WorkspaceLocator.WORKSPACE_MARKER.substring(0,
            WorkspaceLocator.WORKSPACE_MARKER.length() - 1);
    private static final String[] WORKSPACE_ROOT_PARTS = WORKSPACE_ROOT_REL.split("/");

    private final String posixRoot;

    public StoredPaths(Path root) {
        this.posixRoot = root.toAbsolutePath().normalize().toString().replace('\\', '/');
    }

    /** The repository root as the given style writes it; {@code style} must not be {@link PathStyle#MIXED}. */
    public String root(PathStyle style) {
        return switch (style) {
            case WSL -> "/mnt/f/Dev/RD-Agent-main";
            case WINDOWS -> "F:\\Dev\\RD-Agent-main";
            case WINDOWS_FWD -> "f:/Dev/RD-Agent-main";
            case POSIX -> posixRoot;
            case MIXED -> throw new IllegalArgumentException("resolve MIXED to a concrete style first");
        };
    }

    public String workspace(PathStyle style, String workspaceId) {
        return join(style, root(style), WORKSPACE_ROOT_PARTS[0], WORKSPACE_ROOT_PARTS[1], workspaceId);
    }

    public String logRoot(PathStyle style) {
        return join(style, root(style), "log");
    }

    public String log(PathStyle style, String folder) {
        return join(style, root(style), "log", folder);
    }

    /** MLflow's {@code file://} URI of a stored path. */
    public static String fileUri(String storedPath) {
        String forward = storedPath.replace('\\', '/');
        return forward.startsWith("/") ? "file://" + forward : "file:///" + forward;
    }

    public static char separator(PathStyle style) {
        return style == PathStyle.WINDOWS ? '\\' : '/';
    }

    private static String join(PathStyle style, String first, String... rest) {
        StringBuilder out = new StringBuilder(first);
        char sep = separator(style);
        for (String part : rest) {
            out.append(sep).append(part);
        }
        return out.toString();
    }
}
