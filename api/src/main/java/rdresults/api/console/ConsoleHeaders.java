package rdresults.api.console;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import rdresults.api.http.ConsoleSession;

/**
 * The console's browser protections on its pages and static files: a strict Content-Security-Policy (scripts,
 * styles, images and fetches only from this origin, no inline script, no framing), {@code nosniff} and no referrer.
 */
@ApplicationScoped
public class ConsoleHeaders {

    /** Before the token filter, so its redirects and 401s carry the headers too. */
    private static final int PRIORITY = 200;
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        filters.register(this::protect, PRIORITY);
    }

    private void protect(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (ConsoleSession.isPage(path) || ConsoleSession.isOpen(path)) {
            MultiMap h = rc.response().headers();
            h.set("Content-Security-Policy", CSP);
            h.set("X-Content-Type-Options", "nosniff");
            h.set("X-Frame-Options", "DENY");
            h.set("Referrer-Policy", "no-referrer");
        }
        rc.next();
    }
}
