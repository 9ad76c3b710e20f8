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

/** The strategy library table and the strategy pages. */
@Path("/ui/strategies")
@Produces(HtmlAnswers.HTML)
public class StrategyPages {

    static final List<String> FILTERS = List.of("q", "action", "model");
    static final List<String> SORTS = List.of("strategy_id", "action", "model", "loops");
    private static final List<String[]> CONFIGS = List.of(new String[] {"data_config", "Data"},
            new String[] {"dataset_config", "Dataset"}, new String[] {"model_config", "Model"},
            new String[] {"portfolio_config", "Portfolio"}, new String[] {"backtest_config", "Backtest"},
            new String[] {"python_implementation", "Python implementation"});

    private final ConsoleData data;

    public StrategyPages(ConsoleData data) {
        this.data = data;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        ListState state = ListState.of("/ui/strategies", uri.getQueryParameters(), FILTERS, SORTS, "strategy_id");
        List<StrategyRow> rows = data.tables().strategies();
        Paged<StrategyRow> table = Paged.of(rows, filter(state), order(state), state);
        List<String> actions = ConsoleData.sorted(rows.stream().map(StrategyRow::action).toList());
        return HtmlAnswers.ok(headers, Pages.strategies(state, table, actions));
    }

    @GET
    @Path("{id}")
    public Response strategy(@PathParam("id") String id, @Context HttpHeaders headers) {
        Optional<StrategyRow> row = data.tables().strategies().stream().filter(s -> s.strategyId().equals(id))
                .findFirst();
        Optional<JsonNode> entry = CatalogEntries.find(data.catalogs().get(CatalogKind.STRATEGIES),
                e -> e.path("strategy_id").asText().equals(id));
        if (row.isEmpty() || entry.isEmpty()) {
            return NotFoundPages.of(headers, "strategy '" + id + "'");
        }
        JsonNode e = entry.get();
        List<ViewParts.KeyValue> facts = new ArrayList<>();
        for (String f : List.of("market", "instruments", "freq", "step_name", "scenario")) {
            facts.add(new ViewParts.KeyValue(f, e.path(f).isValueNode() && !e.path(f).isNull()
                    ? e.path(f).asText() : "\u2013"));
        }
        JsonNode example = e.path("workspace_example");
        facts.add(new ViewParts.KeyValue("example workspace", example.path("workspace_id").asText("\u2013")));
        List<ViewParts.TextBlock> configs = new ArrayList<>();
        for (String[] c : CONFIGS) {
            if (e.has(c[0]) && !e.get(c[0]).isNull()) {
                configs.add(new ViewParts.TextBlock(c[1], YamlText.of(e.get(c[0]))));
            }
        }
        List<LoopRow> loops = data.tables().loops().stream().filter(l -> id.equals(l.strategyId())).toList();
        return HtmlAnswers.ok(headers, Pages.strategy(new StrategyPage(row.get(), facts, configs, loops)));
    }

    private static Predicate<StrategyRow> filter(ListState s) {
        String q = s.get("q").toLowerCase(Locale.ROOT);
        String action = s.get("action");
        String model = s.get("model").toLowerCase(Locale.ROOT);
        return r -> (q.isEmpty() || r.strategyId().contains(q)
                        || r.templateFiles().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(q)))
                && (action.isEmpty() || r.action().equals(action))
                && (model.isEmpty() || r.modelType().toLowerCase(Locale.ROOT).contains(model));
    }

    private static Comparator<StrategyRow> order(ListState s) {
        boolean d = s.descending();
        Comparator<StrategyRow> primary = switch (s.sort()) {
            case "action" -> Sorting.byText(StrategyRow::action, d);
            case "model" -> Sorting.byText(StrategyRow::modelType, d);
            case "loops" -> Sorting.byNum(r -> new Num(r.loopCount(), false), d);
            default -> Sorting.byText(StrategyRow::strategyId, d);
        };
        return primary.thenComparing(StrategyRow::strategyId);
    }
}
