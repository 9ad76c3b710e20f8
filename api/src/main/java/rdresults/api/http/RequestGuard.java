package rdresults.api.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import rdresults.api.endpoint.RouteTemplates;

/**
 * What the HTTP router answers itself, before and besides the resources, so that every error the service gives is
 * {@code application/problem+json} and every method answer follows RFC 9110:
 * <ul>
 *   <li>a header field whose name is not a token or whose value holds a control character ({@link HeaderFields}):
 *       400 naming the field (by its name when that is a token, else by its position), never echoing a value.
 *       Vert.x's HTTP decoder answers those with an empty 400 before any route runs unless the JVM is started with
 *       {@value #VERTX_HEADER_VALIDATION}{@code =true} ({@link rdresults.api.ServiceMain} and the tests set it),
 *       which hands the check to this guard. That property also turns off Vert.x's check of response headers: a
 *       header the service sets from request data must be made safe where it is set;</li>
 *   <li>a protocol version other than HTTP/1.0, HTTP/1.1 or HTTP/2 ({@code HTTP/9.1}): 505;</li>
 *   <li>a request target longer than {@value #MAX_URI_CHARS} characters: 414;</li>
 *   <li>header fields of more than {@value #MAX_HEADER_BYTES} bytes in all: 431;</li>
 *   <li>a request target that is not a URI (malformed percent-encoding such as {@code /factors/%zz} or
 *       {@code ?limit=%}, characters a URI cannot hold): 400 naming the problem and its position, never echoing the
 *       target. Quarkus itself answers those with an empty 400 before any route runs unless the JVM is started with
 *       {@value #QUARKUS_URI_VALIDATION}{@code =true} ({@link rdresults.api.ServiceMain} and the tests set it),
 *       which hands the check to this guard;</li>
 *   <li>Quarkus' own endpoints ({@code /q/health/*}, {@code /q/metrics}, {@code /q/openapi},
 *       {@code /q/swagger-ui}) answer GET and HEAD only: any other method is a 405 with {@code Allow};</li>
 *   <li>console pages and static files ({@link ConsolePaths}) answer the methods they serve: any other is a 405 with
 *       {@code Allow};</li>
 *   <li>OPTIONS: the allowed methods of a declared path or a console path, a 404 for any other path;</li>
 *   <li>failures the router itself answers (a path that cannot be decoded, e.g. {@code /factors/%zz}): a problem
 *       with the same status instead of an empty body;</li>
 *   <li>an HTTP/1.1 request without a valid {@code Host} (none, or one a folded line made invalid): 400, which the
 *       router would leave to Quarkus' own JSON error answer.</li>
 * </ul>
 * The decoder's own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set
 * well above the ones enforced here, so that ordinary excess gets a problem. Requests over the decoder's limits (a
 * request line over {@code max-initial-line-length}, headers over {@code max-header-size}) still get Vert.x's empty
 * 414/431, and requests it cannot frame (a header line without a colon, a malformed or conflicting body length, a
 * method that is not a token) its empty 400: Vert.x answers them in the server's {@code invalidRequestHandler}, which
 * Quarkus 3.33 creates the server without and exposes no way to set.
 */
@ApplicationScoped
public class RequestGuard {

    /** The longest request target served; the decoder accepts longer ones so that this answer can be a problem. */
    static final int MAX_URI_CHARS = 8192;
    /**
     * The most header bytes served (names, values and their separators; Quarkus' default decoder limit); the
     * decoder accepts more so that this answer can be a problem.
     */
    static final int MAX_HEADER_BYTES = 20 * 1024;
    /** The JVM property that turns off Quarkus' own URI check (read once, when Quarkus' HTTP classes load). */
    public static final String QUARKUS_URI_VALIDATION = "vertx.disableURIValidation";
    /**
     * The JVM property that turns off Vert.x's header validation: of request headers in its HTTP decoder and of
     * response headers in its header map (read once, when {@code io.vertx.core.http.HttpHeaders} loads).
     */
    public static final String VERTX_HEADER_VALIDATION = "vertx.disableHttpHeadersValidation";

    private static final Logger LOG = Logger.getLogger(RequestGuard.class);
    /** Before the bearer token (100): a method or a path that no token makes valid is answered as such. */
    private static final int PRIORITY = 200;
    private static final String READ_ONLY_ALLOW = "GET, HEAD";
    private static final List<String> READ_ONLY_PREFIXES = List.of("/q/health", "/q/metrics", "/q/openapi",
            "/q/swagger-ui");
    private static final String RESOURCE_ALLOW = "GET, HEAD, OPTIONS";
    private static final List<Integer> ROUTER_ERRORS = List.of(400, 404, 405, 406, 413, 414, 415, 431, 500, 501,
            503, 505);

    void register(@Observes Filters filters) {
        filters.register(this::guard, PRIORITY);
    }

    void registerErrors(@Observes Router router) {
        for (int status : ROUTER_ERRORS) {
            router.errorHandler(status, rc -> routerError(rc, status));
        }
        // the router fails a request without a valid Host before any route runs; Quarkus' failure handler, which
        // would answer it with its own JSON, comes later
        router.route().order(Integer.MIN_VALUE).failureHandler(RequestGuard::missingHost);
    }

    private static void missingHost(RoutingContext rc) {
        if (rc.statusCode() == 400 && rc.request().authority() == null && rc.request().version() != HttpVersion.HTTP_1_0
                && !rc.response().headWritten()) {
            problem(rc, 400, "Bad Request", "the request has no valid Host header field; HTTP/1.1 requires one");
        } else {
            rc.next();
        }
    }

    private void guard(RoutingContext rc) {
        String uri = rc.request().uri();
        String path = rc.request().path();
        HttpMethod method = rc.request().method();
        Optional<String> headerProblem = HeaderFields.findProblem(rc.request().headers());
        if (headerProblem.isPresent()) {
            problem(rc, 400, "Bad Request", headerProblem.get());
        } else if (rc.request().version() == null) {
            problem(rc, 505, "HTTP Version Not Supported", "the request's protocol version is not served; use "
                    + "HTTP/1.1");
        } else if (uri.length() > MAX_URI_CHARS) {
            problem(rc, 414, "URI Too Long", "the request target has " + uri.length() + " characters; at most "
                    + MAX_URI_CHARS + " are served");
        } else if (headerBytes(rc.request().headers()) > MAX_HEADER_BYTES) {
            problem(rc, 431, "Request Header Fields Too Large", "the request's header fields have more than "
                    + MAX_HEADER_BYTES + " bytes");
        } else if (!isUri(uri)) {
            problem(rc, 400, "Bad Request", "the request target is not a valid URI: " + uriProblem(uri));
        } else if (isReadOnlyManagement(path) && method != HttpMethod.GET && method != HttpMethod.HEAD) {
            rc.response().putHeader(HttpHeaders.ALLOW, READ_ONLY_ALLOW);
            problem(rc, 405, "Method Not Allowed", method.name() + " is not allowed here; allowed: "
                    + READ_ONLY_ALLOW);
        } else if (method == HttpMethod.OPTIONS) {
            options(rc, path);
        } else if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            // every console path but sign-out serves GET and HEAD: only other methods need the lookup
            Optional<String> consoleAllow = ConsolePaths.allowedMethods(path);
            if (consoleAllow.isPresent() && !ConsolePaths.allows(consoleAllow.get(), method.name())) {
                rc.response().putHeader(HttpHeaders.ALLOW, consoleAllow.get());
                problem(rc, 405, "Method Not Allowed", method.name() + " is not allowed here; allowed: "
                        + consoleAllow.get());
            } else {
                rc.next();
            }
        } else {
            rc.next();
        }
    }

    private static void options(RoutingContext rc, String path) {
        Optional<String> allow = path != null && RouteTemplates.isDeclared(path) ? Optional.of(RESOURCE_ALLOW)
                : ConsolePaths.allowedMethods(path);
        if (allow.isPresent()) {
            rc.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, allow.get()).end();
        } else {
            problem(rc, 404, "Not Found", "no such resource");
        }
    }

    /** The header section's size as the decoder counts it: each field's name, value and separator. */
    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> h : headers) {
            bytes += h.getKey().length() + h.getValue().length() + 2;
        }
        return bytes;
    }

    private static boolean isUri(String target) {
        return uriProblem(target) == null;
    }

    /**
     * Why the target is not a URI (the reason and the character position, never the target itself: it is the
     * client's input), or null when it is one.
     */
    private static String uriProblem(String target) {
        if (target == null) {
            return "no request target";
        }
        try {
            new URI(target);
            return null;
        } catch (URISyntaxException e) {
            // the reason is java.net.URI's fixed text ("Malformed escape pair", "Illegal character in query")
            String reason = e.getReason().toLowerCase(Locale.ROOT);
            return e.getIndex() < 0 ? reason : reason + " at character " + (e.getIndex() + 1);
        }
    }

    /** Quarkus' endpoints this service publishes; the dev UI (dev mode only) keeps its own methods. */
    private static boolean isReadOnlyManagement(String path) {
        if (path == null) {
            return false;
        }
        for (String prefix : READ_ONLY_PREFIXES) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static void routerError(RoutingContext rc, int status) {
        if (status >= 500) {
            LOG.errorf(rc.failure(), "%s %s failed in the HTTP layer", rc.request().method(), rc.request().path());
        }
        if (rc.response().headWritten()) {
            rc.response().close();
            return;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String reason = known == null ? "Error" : known.getReasonPhrase();
        problem(rc, status, reason, status == 400 ? "the request cannot be read (e.g. malformed percent-encoding "
                + "in its path or query)" : reason);
    }

    private static void problem(RoutingContext rc, int status, String title, String detail) {
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .end(Problems.json(status, title, detail));
    }
}
