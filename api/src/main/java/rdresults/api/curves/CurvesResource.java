package rdresults.api.curves;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import rdresults.api.endpoint.ApiEndpoints;
import rdresults.api.endpoint.QueryParams;
import rdresults.api.http.ConditionalResponses;
import rdresults.model.LoopKey;
import rdresults.registry.query.InvalidQueryException;

/** A loop's backtest curves (blocking: reads the registry and, on a cache miss, the workspace file). */
@Path("/loops/{task_run_id}/{loop_id}/curves")
@Produces("application/json")
public class CurvesResource {

    private final LoopCurvesStore store;

    public CurvesResource(LoopCurvesStore store) {
        this.store = store;
    }

    @GET
    public Response curves(@PathParam("task_run_id") String taskRunId, @PathParam("loop_id") String loopId,
                           @Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParams q = QueryParams.of(uri.getQueryParameters(), ApiEndpoints.LOOP_CURVES);
        Thinning thinning = thinning(q.integer("every"), q.integer("max_points"));
        LoopCurves curves = store.get(new LoopKey(taskRunId, loopId(loopId)));
        return ConditionalResponses.ok(headers, CurvesJson.write(curves, thinning));
    }

    static Thinning thinning(Long every, Long maxPoints) {
        if (every != null && maxPoints != null) {
            throw new InvalidQueryException("every", "give every or max_points, not both");
        }
        if (every != null) {
            if (every < 1 || every > Integer.MAX_VALUE) {
                throw new InvalidQueryException("every", "every must be at least 1, got " + every);
            }
            return Thinning.every(every.intValue());
        }
        if (maxPoints != null) {
            if (maxPoints < Thinning.MIN_MAX_POINTS || maxPoints > Integer.MAX_VALUE) {
                throw new InvalidQueryException("max_points", "max_points must be at least "
                        + Thinning.MIN_MAX_POINTS + ", got " + maxPoints);
            }
            return Thinning.maxPoints(maxPoints.intValue());
        }
        return Thinning.NONE;
    }

    private static long loopId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("loop_id", "loop_id must be an integer, got '" + text + "'");
        }
    }
}
