package rdresults.api.http;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The console's paths and the methods each answers, for the answers given before routing (OPTIONS, 405), so that
 * pages and static files follow the same method rules as the API's resources. The page patterns mirror the
 * {@code @Path}s of the page resources in {@code rdresults.api.console} (this class sits below them, with
 * {@link ConsoleSession}, because the request guard uses it); the static files are those in the jar.
 */
public final class ConsolePaths {

    /** Pages and static files: read-only. */
    public static final String READ_ALLOW = "GET, HEAD, OPTIONS";
    private static final String SIGN_IN_ALLOW = "GET, HEAD, POST, OPTIONS";
    private static final String SIGN_OUT_ALLOW = "POST, OPTIONS";
    private static final Pattern PAGE = Pattern.compile("/|/ui/(factors(/.+)?|loops(/[^/]+/[^/]+)?|compare"
            + "|strategies(/[^/]+)?|task_runs)");
    private static final String STATIC_ROOT = "META-INF/resources";
    private static final List<String> STATIC_PREFIXES = List.of("/console/", "/webjars/");

    private ConsolePaths() {
    }

    /**
     * The methods {@code rawPath} (as sent, still percent-encoded) answers, when it is a console page or one of the
     * console's static files; empty for any other path.
     */
    public static Optional<String> allowedMethods(String rawPath) {
        if (rawPath == null) {
            return Optional.empty();
        }
        if (rawPath.equals(ConsoleSession.SIGN_IN_PATH)) {
            return Optional.of(SIGN_IN_ALLOW);
        }
        if (rawPath.equals(ConsoleSession.SIGN_IN_PATH + "/out")) {
            return Optional.of(SIGN_OUT_ALLOW);
        }
        if (PAGE.matcher(rawPath).matches() || isStaticFile(rawPath)) {
            return Optional.of(READ_ALLOW);
        }
        return Optional.empty();
    }

    /** Whether {@code method} is one of {@code allow} (as {@link #allowedMethods} gives it). */
    public static boolean allows(String allow, String method) {
        return List.of(allow.split(", ")).contains(method);
    }

    private static boolean isStaticFile(String rawPath) {
        if (rawPath.contains("..") || rawPath.contains("%") || rawPath.endsWith("/")
                || STATIC_PREFIXES.stream().noneMatch(rawPath::startsWith)) {
            return false;
        }
        // the static handler serves META-INF/resources of the jar; a file it would not serve is not a resource here
        return ConsolePaths.class.getClassLoader().getResource(STATIC_ROOT + rawPath) != null;
    }
}
