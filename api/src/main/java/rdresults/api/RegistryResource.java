package rdresults.api;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.function.Supplier;
import rdresults.api.endpoint.ApiEndpoints;
import rdresults.api.endpoint.QueryParams;
import rdresults.api.http.AnswerThread;
import rdresults.api.http.ConditionalResponses;
import rdresults.api.http.NotFoundProblemException;
import rdresults.model.LoopKey;
import rdresults.model.PythonJson;
import rdresults.registry.RegistryJson;
import rdresults.registry.RegistryReader;
import rdresults.registry.query.ArtifactQuery;
import rdresults.registry.query.InvalidQueryException;
import rdresults.registry.query.LoopQuery;
import rdresults.registry.query.PageRequest;
import rdresults.registry.query.TaskRunQuery;
import rdresults.registry.query.WorkspaceQuery;

/**
 * Registry views: task runs, loops, workspaces and a loop's artifacts, filtered and keyset-paged; each answer is
 * built once per registry change ({@link RegistryPageCache}).
 */
@Path("/")
@Produces("application/json")
// a cached answer is sent from the I/O thread; one that reads the registry is built on a worker (see AnswerThread)
@NonBlocking
public class RegistryResource {

    private final RegistryAccess registry;
    private final RegistryPageCache pages;

    public RegistryResource(RegistryAccess registry, RegistryPageCache pages) {
        this.registry = registry;
        this.pages = pages;
    }

    @GET
    @Path("task_runs")
    public Uni<Response> taskRuns(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParams q = QueryParams.of(uri.getQueryParameters(), ApiEndpoints.TASK_RUNS);
        TaskRunQuery query = new TaskRunQuery(q.text("status"), q.range("created_"), q.range("updated_"));
        return json(uri, headers, () -> RegistryJson.page(reader().listTaskRuns(query,
                q.page(PageRequest.DEFAULT_LIMIT)), RegistryJson::taskRun));
    }

    @GET
    @Path("task_runs/{id}")
    public Uni<Response> taskRun(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParams.of(uri.getQueryParameters(), ApiEndpoints.TASK_RUN);
        return json(uri, headers, () -> RegistryJson.taskRun(reader().findTaskRun(id)
                .orElseThrow(() -> new NotFoundProblemException("task run not found: '" + id + "'"))));
    }

    @GET
    @Path("loops")
    public Uni<Response> loops(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParams q = QueryParams.of(uri.getQueryParameters(), ApiEndpoints.LOOPS);
        LoopQuery query = new LoopQuery(q.text("task_run_id"), q.text("status"), q.text("action"),
                q.bool("has_result"), q.text("materialization_status"), q.bool("is_solidified"),
                q.range("created_"), q.range("updated_"));
        return json(uri, headers, () -> RegistryJson.page(reader().listLoops(query,
                q.page(PageRequest.DEFAULT_LIMIT)), RegistryJson::loop));
    }

    @GET
    @Path("loops/{task_run_id}/{loop_id}")
    public Uni<Response> loop(@PathParam("task_run_id") String taskRunId, @PathParam("loop_id") String loopId,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParams.of(uri.getQueryParameters(), ApiEndpoints.LOOP);
        LoopKey key = new LoopKey(taskRunId, loopId(loopId));
        return json(uri, headers, () -> RegistryJson.loop(reader().findLoop(key)
                .orElseThrow(() -> new NotFoundProblemException("loop not found: " + key))));
    }

    @GET
    @Path("loops/{task_run_id}/{loop_id}/artifacts")
    public Uni<Response> artifacts(@PathParam("task_run_id") String taskRunId, @PathParam("loop_id") String loopId,
                              @Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParams.of(uri.getQueryParameters(), ApiEndpoints.LOOP_ARTIFACTS);
        LoopKey key = new LoopKey(taskRunId, loopId(loopId));
        return json(uri, headers, () -> artifacts(key));
    }

    private JsonNode artifacts(LoopKey key) {
        RegistryReader reader = reader();
        if (reader.findLoop(key).isEmpty()) {
            throw new NotFoundProblemException("loop not found: " + key);
        }
        ObjectNode body = PythonJson.nodes().objectNode();
        body.put("task_run_id", key.taskRunId());
        body.put("loop_id", key.loopId());
        ArrayNode list = body.putArray("artifacts");
        reader.allArtifacts(ArtifactQuery.ofLoop(key.taskRunId(), key.loopId()), true).stream()
                .sorted(java.util.Comparator.comparing((rdresults.model.Artifact a) -> nullToEmpty(a.artifactType()))
                        .thenComparing(a -> nullToEmpty(a.name())).thenComparing(a -> a.artifactId()))
                .forEach(a -> list.add(RegistryJson.artifact(a)));
        return body;
    }

    @GET
    @Path("workspaces")
    public Uni<Response> workspaces(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParams q = QueryParams.of(uri.getQueryParameters(), ApiEndpoints.WORKSPACES);
        WorkspaceQuery query = new WorkspaceQuery(q.text("task_run_id"), q.integer("loop_id"), q.text("status"),
                q.text("workspace_role"), q.range("created_"), q.range("updated_"));
        return json(uri, headers, () -> RegistryJson.page(reader().listWorkspaces(query,
                q.page(PageRequest.DEFAULT_LIMIT)), RegistryJson::workspace));
    }

    private RegistryReader reader() {
        return registry.reader();
    }

    private static long loopId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("loop_id", "loop_id must be an integer, got '" + text + "'");
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The answer for this request's path and query, from the cache or built by {@code body}. */
    private Uni<Response> json(UriInfo uri, HttpHeaders headers, Supplier<JsonNode> body) {
        String key = uri.getRequestUri().getRawPath() + "?" + uri.getRequestUri().getRawQuery();
        // a registry change between the check and the answer builds the page on the I/O thread once: rare and short
        return AnswerThread.answer(pages.isCached(key), () -> ConditionalResponses.ok(headers, pages.get(key,
                () -> PythonJson.dumpCompact(body.get()).getBytes(StandardCharsets.UTF_8))));
    }
}
