package rdresults.api.console;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import rdresults.api.catalog.CatalogKind;
import rdresults.model.Artifact;
import rdresults.model.ArtifactFile;
import rdresults.model.LoopKey;
import rdresults.registry.RegistryException;
import rdresults.registry.query.ArtifactQuery;

/** The experiment library: the loop table, a loop's page, and the comparison of a few loops. */
@Path("/ui")
@Produces(HtmlAnswers.HTML)
public class LoopPages {

    static final List<String> FILTERS = List.of("task_run_id", "status", "decision", "since", "until", "action");
    static final List<String> SORTS = List.of("loop", "time", "annualized_return", "max_drawdown", "sharpe", "ic",
            "ic_ir", "win_rate");
    static final int COMPARE_MIN = 2;
    static final int COMPARE_MAX = 5;

    private final ConsoleData data;

    public LoopPages(ConsoleData data) {
        this.data = data;
    }

    @GET
    @Path("loops")
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        ListState state = ListState.of("/ui/loops", uri.getQueryParameters(), FILTERS, SORTS, "time");
        List<LoopRow> rows = data.tables().loops();
        Paged<LoopRow> table = Paged.of(rows, filter(state), order(state), state);
        List<String> runs = ConsoleData.sorted(rows.stream().map(LoopRow::taskRunId).toList());
        List<String> statuses = ConsoleData.sorted(rows.stream().map(LoopRow::status).toList());
        return HtmlAnswers.ok(headers, Pages.loops(state, table, runs, statuses));
    }

    @GET
    @Path("loops/{task_run_id}/{loop_id}")
    public Response loop(@PathParam("task_run_id") String taskRunId, @PathParam("loop_id") String loopId,
                         @Context HttpHeaders headers) {
        Optional<LoopKey> key = key(taskRunId + "/" + loopId);
        Optional<LoopRow> row = key.flatMap(this::row);
        if (row.isEmpty()) {
            return NotFoundPages.of(headers, "loop " + taskRunId + "/" + loopId);
        }
        JsonNode entry = catalogEntry(CatalogKind.LOOPS, row.get().key()).orElseThrow();
        return HtmlAnswers.ok(headers, Pages.loop(LoopPageBuilder.build(row.get(), entry,
                catalogEntry(CatalogKind.MODELS, row.get().key()), strategy(row.get()), artifacts(row.get().key()),
                artifactsProblem())));
    }

    @GET
    @Path("compare")
    public Response compare(@Context UriInfo uri, @Context HttpHeaders headers) {
        List<String> wanted = uri.getQueryParameters().getOrDefault("loop", List.of());
        List<LoopRow> loops = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : wanted.stream().distinct().toList()) {
            key(id).flatMap(this::row).ifPresentOrElse(loops::add, () -> unknown.add(id));
        }
        String problem = !unknown.isEmpty() ? "Unknown loops: " + String.join(", ", unknown)
                : loops.size() < COMPARE_MIN || loops.size() > COMPARE_MAX
                ? "Select " + COMPARE_MIN + " to " + COMPARE_MAX + " loops in the experiment table to compare them "
                        + "(" + loops.size() + " selected)." : "";
        return HtmlAnswers.ok(headers, Pages.compare(problem.isEmpty() ? loops : List.of(), problem));
    }

    private Optional<LoopRow> row(LoopKey key) {
        return data.tables().loops().stream().filter(l -> l.key().equals(key)).findFirst();
    }

    private Optional<JsonNode> catalogEntry(CatalogKind kind, LoopKey key) {
        try {
            return CatalogEntries.find(data.catalogs().get(kind),
                    e -> e.path("task_run_id").asText().equals(key.taskRunId())
                            && e.path("loop_id").asLong(-1) == key.loopId());
        } catch (rdresults.api.catalog.CatalogUnavailableException e) {
            return Optional.empty();
        }
    }

    private StrategyRow strategy(LoopRow row) {
        return row.strategyId() == null ? null : data.tables().strategies().stream()
                .filter(s -> s.strategyId().equals(row.strategyId())).findFirst().orElse(null);
    }

    private List<LoopPage.ArtifactLine> artifacts(LoopKey key) {
        List<LoopPage.ArtifactLine> out = new ArrayList<>();
        try {
            for (Artifact a : data.registry().reader().allArtifacts(ArtifactQuery.ofLoop(key.taskRunId(),
                    key.loopId()), true)) {
                for (ArtifactFile f : a.files()) {
                    out.add(new LoopPage.ArtifactLine(a.artifactType(), a.name(), f.path(), Bytes.human(f.sizeBytes()),
                            f.sizeBytes() == null ? "" : f.sizeBytes() + " bytes", Times.utc(f.mtimeUtc())));
                }
                if (a.files().isEmpty()) {
                    out.add(new LoopPage.ArtifactLine(a.artifactType(), a.name(), a.entryPath(), "\u2013", "",
                            Times.utc(a.updatedAtUtc())));
                }
            }
        } catch (RegistryException e) {
            return List.of();
        }
        return out;
    }

    private String artifactsProblem() {
        try {
            data.registry().check();
            return "";
        } catch (rdresults.registry.RegistryException e) {
            return "The registry cannot be read right now, so artifacts are not shown.";
        }
    }

    static Optional<LoopKey> key(String id) {
        int slash = id.lastIndexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LoopKey(id.substring(0, slash), Long.parseLong(id.substring(slash + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Predicate<LoopRow> filter(ListState s) {
        String run = s.get("task_run_id");
        String status = s.get("status");
        String decision = s.get("decision");
        String action = s.get("action");
        String since = s.get("since");
        String until = s.get("until");
        return r -> (run.isEmpty() || r.taskRunId().equals(run))
                && (status.isEmpty() || r.status().equals(status))
                && (action.isEmpty() || r.action().equals(action))
                && (decision.isEmpty() || r.decisionText().equals(decision.toLowerCase(Locale.ROOT)))
                && (since.isEmpty() || (r.time() != null && r.time().compareTo(since) >= 0))
                && (until.isEmpty() || (r.time() != null && r.time().compareTo(until) < 0));
    }

    private static Comparator<LoopRow> order(ListState s) {
        boolean d = s.descending();
        Comparator<LoopRow> primary = switch (s.sort()) {
            case "loop" -> Sorting.byText(LoopRow::id, d);
            case "time" -> Sorting.byText(LoopRow::time, d);
            default -> Sorting.byNum(r -> Kpis.BY_NAME.get(s.sort()).apply(r.kpis()), d);
        };
        return primary.thenComparing(LoopRow::taskRunId).thenComparingLong(LoopRow::loopId);
    }
}
