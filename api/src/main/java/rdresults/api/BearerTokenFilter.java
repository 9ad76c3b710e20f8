package rdresults.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * When {@code rdr.api.token} is set, every endpoint except health requires {@code Authorization: Bearer <token>}.
 * The comparison is constant-time.
 */
public class BearerTokenFilter {

    private final Optional<byte[]> token;

    public BearerTokenFilter(RdrConfig config) {
        this.token = config.api().token().filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        if (token.isEmpty() || isHealth(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(token.get(), header.substring(7).trim().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        Response denied = Problems.response(Response.Status.UNAUTHORIZED,
                "this service requires a bearer token: send Authorization: Bearer <token>");
        return Optional.of(Response.fromResponse(denied).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
    }

    private static boolean isHealth(String path) {
        return path.equals("/health") || path.startsWith("/q/health");
    }
}
