package rdresults.api.endpoint;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The declared paths ({@link ApiEndpoints}) as patterns over raw request paths: whether a request names a resource
 * of this service at all, for answers given before routing (OPTIONS).
 */
public final class RouteTemplates {

    private static final List<Pattern> PATTERNS = ApiEndpoints.ALL.stream()
            .map(e -> Pattern.compile(Pattern.quote(e.path()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q")))
            .toList();

    private RouteTemplates() {
    }

    /** Whether {@code rawPath} (as sent, still percent-encoded) is one of the declared paths. */
    public static boolean isDeclared(String rawPath) {
        for (Pattern p : PATTERNS) {
            if (p.matcher(rawPath).matches()) {
                return true;
            }
        }
        return false;
    }
}
