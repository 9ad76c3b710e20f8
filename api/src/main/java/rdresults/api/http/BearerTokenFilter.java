package rdresults.api.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import rdresults.api.RdrConfig;

/**
 * When {@code rdr.api.token} is set, every request requires {@code Authorization: Bearer <token>}, except health
 * ({@code /health}, {@code /q/health/*}: probes carry no token) and the API description ({@code /q/openapi},
 * {@code /q/swagger-ui}). It filters the HTTP router rather than the REST layer, so {@code /q/metrics} is guarded
 * too. The comparison is constant-time.
 */
@ApplicationScoped
public class BearerTokenFilter {

    /** Before the routes, after Quarkus's own early filters. */
    private static final int PRIORITY = 100;
    private static final List<String> OPEN_PREFIXES = List.of("/q/health", "/q/openapi", "/q/swagger-ui");
    private static final String DENIED = Problems.json(401, "Unauthorized",
            "this service requires a bearer token: send Authorization: Bearer <token>");

    private final Optional<byte[]> token;
    private final ConsoleSession console;

    public BearerTokenFilter(RdrConfig config, ConsoleSession console) {
        this.token = config.api().token().filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.console = console;
    }

    void register(@Observes Filters filters) {
        if (token.isPresent()) {
            filters.register(this::authenticate, PRIORITY);
        }
    }

    private void authenticate(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (isOpen(path) || ConsoleSession.isOpen(path)
                || carriesToken(rc.request().getHeader(HttpHeaders.AUTHORIZATION))
                || console.carriesSession(rc.request().getHeader(HttpHeaders.COOKIE))) {
            rc.next();
            return;
        }
        if (ConsoleSession.isPage(path)) {
            // a browser following a link: to the sign-in form, which comes back here once signed in
            rc.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, ConsoleSession.SIGN_IN_PATH + "?next="
                    + java.net.URLEncoder.encode(rc.request().uri(), StandardCharsets.UTF_8)).end();
            return;
        }
        rc.response().setStatusCode(401)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .putHeader("WWW-Authenticate", "Bearer")
                .end(DENIED);
    }

    private boolean carriesToken(String header) {
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(token.get(), header.substring(7).trim().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isOpen(String path) {
        return path.equals("/health") || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
