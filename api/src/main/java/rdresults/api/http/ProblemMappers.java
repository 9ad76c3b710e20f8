package rdresults.api.http;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import rdresults.api.PathRedaction;
import rdresults.api.catalog.CatalogUnavailableException;
import rdresults.factorlib.FactorLibException;
import rdresults.factorlib.InvalidVersionException;
import rdresults.factorlib.UnknownVersionException;
import rdresults.model.InvalidInputException;
import rdresults.registry.RegistryException;
import rdresults.registry.query.InvalidQueryException;

/** Maps each failure type to one problem response; bodies never show class names or stack traces. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private static final String READ_ONLY = "GET, HEAD, OPTIONS";

    private final PathRedaction paths;

    public ProblemMappers(PathRedaction paths) {
        this.paths = paths;
    }

    @ServerExceptionMapper
    public Response badQuery(InvalidQueryException e) {
        return Problems.response(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response badInput(InvalidInputException e) {
        return Problems.response(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblemException e) {
        return Problems.response(Response.Status.NOT_FOUND, e.getMessage());
    }

    @ServerExceptionMapper
    public Response catalogUnavailable(CatalogUnavailableException e) {
        return Problems.response(Response.Status.SERVICE_UNAVAILABLE, paths.redact(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response registryUnavailable(RegistryException e) {
        LOG.warnf("registry unavailable: %s", e.getMessage());
        return Problems.response(Response.Status.SERVICE_UNAVAILABLE, paths.redact(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response badVersion(InvalidVersionException e) {
        return Problems.response(Response.Status.BAD_REQUEST, "version: " + e.getMessage());
    }

    @ServerExceptionMapper
    public Response unknownVersion(UnknownVersionException e) {
        return Problems.response(Response.Status.NOT_FOUND, "no such factor package version: " + e.version()
                + " (see /factor_package/versions)");
    }

    @ServerExceptionMapper
    public Response factorLibrary(FactorLibException e) {
        LOG.warnf("factor library unavailable: %s", e.getMessage());
        return Problems.response(Response.Status.SERVICE_UNAVAILABLE, paths.redact(e.getMessage()));
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
