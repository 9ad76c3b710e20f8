package rdresults.api;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import rdresults.api.endpoint.CatalogFilters;
import rdresults.api.catalog.CatalogKind;
import rdresults.api.catalog.CatalogLease;
import rdresults.api.catalog.CatalogSnapshot;
import rdresults.api.catalog.CatalogStore;
import rdresults.api.catalog.CatalogView;
import rdresults.api.catalog.Projection;
import rdresults.api.endpoint.ApiEndpoints;
import rdresults.api.endpoint.QueryParams;
import rdresults.api.http.AnswerThread;
import rdresults.api.http.ConditionalResponses;
import rdresults.api.catalog.ReadyJson;
import rdresults.model.Catalog;
import rdresults.registry.query.PageRequest;

/**
 * The catalogs. Without query parameters the body is the catalog file itself (a drop-in for the Python service);
 * with them, a filtered page with {@code next_cursor}, built once per catalog generation and query. A catalog served
 * from an older file because the current one cannot be loaded carries {@value #STALE_HEADER}.
 */
@Path("/")
@Produces("application/json")
// whole catalogs and cached pages are served on the I/O thread once loaded; new pages on a worker (see AnswerThread)
@NonBlocking
public class CatalogResource {

    /** Names the catalog file on disk that could not be loaded; the body is the last good version. */
    public static final String STALE_HEADER = "RDR-Catalog-Stale";

    private final CatalogStore catalogs;

    public CatalogResource(CatalogStore catalogs) {
        this.catalogs = catalogs;
    }

    @GET
    @Path(Catalog.ApiPaths.FACTORS)
    public Uni<Response> factors(@Context UriInfo uri, @Context HttpHeaders headers, RoutingContext rc) {
        return serve(CatalogKind.FACTORS, uri, headers, rc);
    }

    @GET
    @Path(Catalog.ApiPaths.STRATEGIES)
    public Uni<Response> strategies(@Context UriInfo uri, @Context HttpHeaders headers, RoutingContext rc) {
        return serve(CatalogKind.STRATEGIES, uri, headers, rc);
    }

    @GET
    @Path(Catalog.ApiPaths.LOOPS)
    public Uni<Response> loops(@Context UriInfo uri, @Context HttpHeaders headers, RoutingContext rc) {
        return serve(CatalogKind.LOOPS, uri, headers, rc);
    }

    @GET
    @Path(Catalog.ApiPaths.MODELS)
    public Uni<Response> models(@Context UriInfo uri, @Context HttpHeaders headers, RoutingContext rc) {
        return serve(CatalogKind.MODELS, uri, headers, rc);
    }

    @GET
    @Path(Catalog.ApiPaths.ALPHA158)
    public Uni<Response> alpha158(@Context UriInfo uri, @Context HttpHeaders headers, RoutingContext rc) {
        return serve(CatalogKind.ALPHA158, uri, headers, rc);
    }

    private Uni<Response> serve(CatalogKind kind, UriInfo uri, HttpHeaders headers, RoutingContext rc) {
        QueryParams q = QueryParams.of(uri.getQueryParameters(), ApiEndpoints.catalog(kind));
        String query = uri.getRequestUri().getRawQuery();
        // the whole catalog is a file and a cached page is ready bytes; a new page scans entries: worker work
        boolean atHand = catalogs.isLoaded(kind) && (q.isEmpty() || catalogs.isPageCached(kind, query));
        return AnswerThread.answer(atHand, () -> stale(kind, q.isEmpty()
                ? whole(kind, headers, rc)
                : ConditionalResponses.ok(headers, page(kind, q, query))));
    }

    /** The catalog file, sent by the kernel; its files stay on disk until this response has ended. */
    private Response whole(CatalogKind kind, HttpHeaders headers, RoutingContext rc) {
        CatalogLease lease = catalogs.lease(kind);
        rc.addEndHandler(done -> lease.close());
        CatalogSnapshot s = lease.snapshot();
        return ConditionalResponses.ok(headers, s.bytes().body(), s.bytes().gzipBody(), s.etag());
    }

    private ReadyJson page(CatalogKind kind, QueryParams q, String query) {
        try (CatalogLease lease = catalogs.lease(kind)) {
            CatalogSnapshot snapshot = lease.snapshot();
            return snapshot.pages().get(query, () -> CatalogView.page(snapshot, CatalogFilters.of(kind, q),
                    q.page(PageRequest.MAX_LIMIT), Projection.parse(kind, q.text(Projection.PARAM))));
        }
    }

    private Response stale(CatalogKind kind, Response response) {
        Optional<String> reason = catalogs.staleReason(kind);
        return reason.isEmpty() ? response
                : Response.fromResponse(response).header(STALE_HEADER, kind.fileName()).build();
    }
}
