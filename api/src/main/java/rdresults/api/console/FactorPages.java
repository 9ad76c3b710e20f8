package rdresults.api.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.function.Predicate;
import rdresults.api.FactorPackageAccess;
import rdresults.api.http.NotFoundProblemException;
import rdresults.factorlib.FactorLibException;
import rdresults.factorlib.FactorPackage;
import rdresults.factorlib.manifest.HistoryEntry;
import rdresults.factorlib.manifest.PublishedFunction;

/** The factor library table and the factor pages. */
@Path("/ui/factors")
@Produces(HtmlAnswers.HTML)
public class FactorPages {

    static final List<String> FILTERS = List.of("q", "source", "tag");
    static final List<String> SORTS = List.of("name", "source", "loops", "sharpe", "annualized_return",
            "max_drawdown", "ic");

    private final ConsoleData data;
    private final FactorPackageAccess factorPackage;

    public FactorPages(ConsoleData data, FactorPackageAccess factorPackage) {
        this.data = data;
        this.factorPackage = factorPackage;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        ListState state = ListState.of("/ui/factors", uri.getQueryParameters(), FILTERS, SORTS, "name");
        List<FactorRow> rows = data.tables().factors();
        Paged<FactorRow> table = Paged.of(rows, filter(state), order(state), state);
        List<String> sources = ConsoleData.sorted(rows.stream().map(FactorRow::source).toList());
        List<String> tags = ConsoleData.sorted(rows.stream().flatMap(r -> r.tags().stream()).toList());
        return HtmlAnswers.ok(headers, Pages.factors(state, table, sources, tags));
    }

    @GET
    @Path("{name: .+}")
    public Response factor(@PathParam("name") String name, @Context HttpHeaders headers) {
        List<ObjectNode> records = data.catalogs().factorIndex().find(name);
        if (records.isEmpty()) {
            return NotFoundPages.of(headers, "factor '" + name + "'");
        }
        List<FactorPage.Source> sources = records.stream().map(FactorPages::source).toList();
        List<LoopRow> loops = data.tables().loops().stream().filter(l -> l.factorNames().contains(name))
                .sorted(Sorting.byNum((LoopRow l) -> l.kpis().sharpe(), true)).toList();
        FactorPage.PackageFunction function = null;
        String note;
        try {
            FactorPackage pkg = factorPackage.open();
            function = pkg.manifest().findByFactorName(name).map(FactorPages::function).orElse(null);
            note = function == null ? "The factor package (version " + pkg.currentVersion() + ") has no function "
                    + "for this factor." : "";
        } catch (NotFoundProblemException e) {
            note = "No factor package is configured (rdr.factor-lib.root), so its source is not shown here.";
        } catch (FactorLibException e) {
            note = "The factor package cannot be read: " + e.getMessage();
        }
        return HtmlAnswers.ok(headers, Pages.factor(new FactorPage(name, sources, loops, function, note)));
    }

    private static Predicate<FactorRow> filter(ListState s) {
        String q = s.get("q").toLowerCase(Locale.ROOT);
        String source = s.get("source");
        String tag = s.get("tag");
        return r -> (q.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(q)
                        || r.description().toLowerCase(Locale.ROOT).contains(q))
                && (source.isEmpty() || r.source().equals(source))
                && (tag.isEmpty() || r.tags().contains(tag));
    }

    private static Comparator<FactorRow> order(ListState s) {
        boolean d = s.descending();
        Comparator<FactorRow> primary = switch (s.sort()) {
            case "source" -> Sorting.byText(FactorRow::source, d);
            case "loops" -> Sorting.byNum(r -> new Num(r.loopCount(), false), d);
            case "sharpe" -> Sorting.byNum(r -> r.best().sharpe(), d);
            case "annualized_return" -> Sorting.byNum(r -> r.best().annualizedReturn(), d);
            case "max_drawdown" -> Sorting.byNum(r -> r.best().maxDrawdown(), d);
            case "ic" -> Sorting.byNum(r -> r.best().ic(), d);
            default -> Sorting.byText(FactorRow::name, d);
        };
        return primary.thenComparing(FactorRow::name).thenComparing(FactorRow::source);
    }

    private static FactorPage.Source source(ObjectNode r) {
        List<ViewParts.KeyValue> variables = new ArrayList<>();
        r.path("variables").fields().forEachRemaining(e -> variables.add(new ViewParts.KeyValue(e.getKey(),
                e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString())));
        JsonNode schema = r.path("input_schema");
        return new FactorPage.Source(r.path("source").asText(), r.path("description_cn").asText(""),
                r.path("formula_hint").asText(""), r.path("expression").asText(""), variables,
                schema.isMissingNode() || schema.isNull() ? "" : YamlText.of(schema),
                r.path("best_performance").asText(""), ConsoleTables.texts(r.path("tags")),
                r.path("impl_module").asText(""), r.path("impl_func").asText(""), r.path("impl_version").asText(""),
                Times.utc(r.path("created_at_utc").asText(null)), r.path("experiment_id").asText(""));
    }

    private static FactorPage.PackageFunction function(PublishedFunction f) {
        List<ViewParts.KeyValue> versions = new ArrayList<>();
        for (HistoryEntry h : f.history()) {
            versions.add(new ViewParts.KeyValue(h.version().toString(), "sha256 " + h.sha256().substring(0, 12)
                    + ", from " + h.origin().describe()));
        }
        versions.add(new ViewParts.KeyValue(f.version().toString(), "sha256 " + f.sha256().substring(0, 12)
                + ", from " + f.origin().describe() + " (current)"));
        return new FactorPage.PackageFunction(f.func(), f.version().toString(), Times.utc(f.publishedAtUtc()),
                f.origin().describe(), f.source(), versions);
    }
}
