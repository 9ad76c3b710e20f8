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
import rdresults.registry.PageRequest;

/**
 * The catalogs. Without query parameters the body is the catalog file itself (a drop-in for the Python service);
 * with them, a filtered page with {@code next_cursor}.
 */
@Path("/")
@Produces("application/json")
// in-memory answers: served on the I/O thread once the catalog is loaded (see MemoryAnswers)
@NonBlocking
public class CatalogResource {

    private final CatalogStore catalogs;

    public CatalogResource(CatalogStore catalogs) {
        this.catalogs = catalogs;
    }

    @GET
    @Path("catalog/factors")
    public Uni<Response> factors(@Context UriInfo uri, @Context HttpHeaders headers) {
        return serve(CatalogKind.FACTORS, uri, headers);
    }

    @GET
    @Path("catalog/strategies")
    public Uni<Response> strategies(@Context UriInfo uri, @Context HttpHeaders headers) {
        return serve(CatalogKind.STRATEGIES, uri, headers);
    }

    @GET
    @Path("catalog/loops")
    public Uni<Response> loops(@Context UriInfo uri, @Context HttpHeaders headers) {
        return serve(CatalogKind.LOOPS, uri, headers);
    }

    @GET
    @Path("catalog/models")
    public Uni<Response> models(@Context UriInfo uri, @Context HttpHeaders headers) {
        return serve(CatalogKind.MODELS, uri, headers);
    }

    @GET
    @Path("alpha158/meta")
    public Uni<Response> alpha158(@Context UriInfo uri, @Context HttpHeaders headers) {
        return serve(CatalogKind.ALPHA158, uri, headers);
    }

    private Uni<Response> serve(CatalogKind kind, UriInfo uri, HttpHeaders headers) {
        QueryParams q = QueryParams.of(uri.getQueryParameters(), ApiEndpoints.catalog(kind));
        return MemoryAnswers.answer(catalogs.isLoaded(kind), () -> respond(kind, q, headers));
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
