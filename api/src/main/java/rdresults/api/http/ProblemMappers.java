package rdresults.api.http;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import rdresults.model.RdrException;
import rdresults.api.PathRedaction;

/** Maps each failure to one problem response; bodies never show class names or stack traces. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private static final String READ_ONLY = "GET, HEAD, OPTIONS";

    private final PathRedaction paths;

    public ProblemMappers(PathRedaction paths) {
        this.paths = paths;
    }

    /**
     * A project failure, by its category. The request's own mistakes are 400 (usage) and 404 (a named thing that
     * does not exist); every other input is the service's (its registry, catalogs, factor package), so an unusable
     * one makes the service unavailable (503) rather than blaming the client.
     */
    @ServerExceptionMapper
    public Response failure(RdrException e) {
        return switch (e.category()) {
            case USAGE -> Problems.response(Response.Status.BAD_REQUEST, e.getMessage());
            case NOT_FOUND -> Problems.response(Response.Status.NOT_FOUND, e.getMessage());
            case BAD_INPUT, UNAVAILABLE -> {
                LOG.warnf("unavailable: %s", e.getMessage());
                yield Problems.response(Response.Status.SERVICE_UNAVAILABLE, paths.redact(e.getMessage()));
            }
            case REJECTED -> Problems.response(422, "Unprocessable Content", e.getMessage());
            case INTERNAL -> unexpected(e);
        };
    }

    @ServerExceptionMapper
    public Response unknownRoute(NotFoundException e) {
        return Problems.response(Response.Status.NOT_FOUND, "no such resource");
    }

    @ServerExceptionMapper
    public Response wrongMethod(NotAllowedException e) {
        // RFC 9110: a 405 names what is allowed; every resource here is read-only
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return Response.fromResponse(Problems.response(Response.Status.METHOD_NOT_ALLOWED,
                "method not allowed on this resource; allowed: " + (allow == null ? READ_ONLY : allow)))
                .header(HttpHeaders.ALLOW, allow == null ? READ_ONLY : allow).build();
    }

    @ServerExceptionMapper
    public Response otherHttp(WebApplicationException e) {
        Response r = e.getResponse();
        return Problems.response(r.getStatus(), r.getStatusInfo().getReasonPhrase(),
                r.getStatusInfo().getReasonPhrase());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected failure while serving a request", e);
        return Problems.response(Response.Status.INTERNAL_SERVER_ERROR, "internal error; see the service log");
    }
}
