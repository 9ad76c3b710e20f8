package rdresults.api;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import rdresults.api.http.ConditionalResponses;

/** {@code GET /health}: the Python service's liveness answer, kept for existing clients. */
@Path("/health")
// in-memory answers: served on the I/O thread, no worker hand-off
@NonBlocking
public class HealthResource {

    private static final byte[] OK = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);

    @GET
    @Produces("application/json")
    public Response health() {
        return Response.ok(OK, ConditionalResponses.JSON).header("Cache-Control", "no-cache").build();
    }
}
