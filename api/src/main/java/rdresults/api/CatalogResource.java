package rdresults.api;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import rdresults.api.catalog.CatalogFilters;
import rdresults.api.catalog.CatalogKind;
import rdresults.api.catalog.CatalogSnapshot;
import rdresults.api.catalog.CatalogStore;
import rdresults.api.catalog.CatalogView;
import rdresults.api.catalog.Projection;
import rdresults.api.endpoint.ApiEndpoints;
import rdresults.api.endpoint.QueryParams;
import rdresults.api.http.ConditionalResponses;
import rdresults.api.http.MemoryAnswers;
import rdresults.model.Catalog;
import rdresults.registry.query.PageRequest;

/**
 * The catalogs. Without query parameters the body is the catalog file itself (a drop-in for the Python service);
 * with them, a filtered page with {@code next_cursor}.
 */
@Path("/")
@Produces("application/json")
// whole catalogs are served on the I/O thread once loaded; pages on a worker (see MemoryAnswers)
@NonBlocking
public class CatalogResource {

    private final CatalogStore catalogs;

    public CatalogResource(CatalogStore catalogs) {
        this.catalogs = catalogs;
    }

    @GET
    @Path(Catalog.ApiPaths.FACTORS)
    public Uni<Response> factors(@Context UriInfo uri, @Context HttpHeaders headers) {
        return serve(CatalogKind.FACTORS, uri, headers);
    }

    @GET
    @Path(Catalog.ApiPaths.STRATEGIES)
    public Uni<Response> strategies(@Context UriInfo uri, @Context HttpHeaders headers) {
        return serve(CatalogKind.STRATEGIES, uri, headers);
    }

    @GET
    @Path(Catalog.ApiPaths.LOOPS)
    public Uni<Response> loops(@Context UriInfo uri, @Context HttpHeaders headers) {
        return serve(CatalogKind.LOOPS, uri, headers);
    }

    @GET
    @Path(Catalog.ApiPaths.MODELS)
    public Uni<Response> models(@Context UriInfo uri, @Context HttpHeaders headers) {
        return serve(CatalogKind.MODELS, uri, headers);
    }

    @GET
    @Path(Catalog.ApiPaths.ALPHA158)
    public Uni<Response> alpha158(@Context UriInfo uri, @Context HttpHeaders headers) {
        return serve(CatalogKind.ALPHA158, uri, headers);
    }

    private Uni<Response> serve(CatalogKind kind, UriInfo uri, HttpHeaders headers) {
        QueryParams q = QueryParams.of(uri.getQueryParameters(), ApiEndpoints.catalog(kind));
        // the whole catalog is ready bytes; a page is assembled by scanning entries, which is worker work
        return MemoryAnswers.answer(catalogs.isLoaded(kind) && q.isEmpty(), () -> respond(kind, q, headers));
    }

    private Response respond(CatalogKind kind, QueryParams q, HttpHeaders headers) {
        CatalogSnapshot snapshot = catalogs.get(kind);
        if (q.isEmpty()) {
            return ConditionalResponses.ok(headers, snapshot.body(), snapshot.gzipBody(), snapshot.etag());
        }
        PageRequest page = q.page(PageRequest.MAX_LIMIT);
        Projection projection = Projection.parse(kind, q.text(Projection.PARAM));
        return ConditionalResponses.ok(headers, CatalogView.page(snapshot, CatalogFilters.of(kind, q), page,
                projection));
    }
}
