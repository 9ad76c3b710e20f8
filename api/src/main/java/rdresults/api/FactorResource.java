package rdresults.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import rdresults.api.catalog.CatalogStore;
import rdresults.api.catalog.FactorIndex;
import rdresults.api.endpoint.ApiEndpoints;
import rdresults.api.endpoint.QueryParams;
import rdresults.api.http.ConditionalResponses;
import rdresults.api.http.AnswerThread;
import rdresults.api.http.NotFoundProblemException;
import rdresults.model.PythonJson;

/**
 * One factor's full record: catalog entry, implementation pointer, performance per loop. Names may contain
 * {@code /}, spaces or any Unicode (percent-encoded). With several sources, {@code ?source=} selects one, otherwise
 * all are returned.
 */
@Path("/factors")
@Produces("application/json")
// in-memory answers: served on the I/O thread once the index is built (see AnswerThread)
@NonBlocking
public class FactorResource {

    private final CatalogStore catalogs;

    public FactorResource(CatalogStore catalogs) {
        this.catalogs = catalogs;
    }

    @GET
    @Path("{name: .+}")
    public Uni<Response> factor(@PathParam("name") String name, @Context UriInfo uri,
                                @Context HttpHeaders headers) {
        String source = QueryParams.of(uri.getQueryParameters(), ApiEndpoints.FACTOR).text("source");
        return AnswerThread.answer(catalogs.isFactorIndexReady(), () -> respond(name, source, headers));
    }

    private Response respond(String name, String source, HttpHeaders headers) {
        FactorIndex index = catalogs.factorIndex();
        // names may hold any character: the source's length keeps the key unambiguous
        String key = source == null ? "all:" + name : source.length() + ":" + source + ":" + name;
        return ConditionalResponses.ok(headers, index.answers().get(key, () -> body(index, name, source)));
    }

    private static byte[] body(FactorIndex index, String name, String source) {
        List<ObjectNode> records = index.find(name).stream()
                .filter(r -> source == null || source.equals(r.path("source").asText()))
                .toList();
        if (records.isEmpty()) {
            throw new NotFoundProblemException("factor not found: '" + name + "'"
                    + (source == null ? "" : " with source '" + source + "'"));
        }
        ObjectNode body = PythonJson.nodes().objectNode();
        body.put("name", name);
        ArrayNode list = body.putArray("factors");
        records.forEach(list::add);
        return PythonJson.dumpCompact(body).getBytes(StandardCharsets.UTF_8);
    }
}
