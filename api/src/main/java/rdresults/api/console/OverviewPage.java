package rdresults.api.console;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import rdresults.api.FactorPackageAccess;
import rdresults.api.catalog.CatalogKind;
import rdresults.api.catalog.CatalogSnapshot;
import rdresults.api.catalog.CatalogUnavailableException;
import rdresults.api.http.NotFoundProblemException;
import rdresults.factorlib.FactorLibException;
import rdresults.registry.RegistryException;
import rdresults.registry.RegistryStats;

/** The console's start page: counts, the newest loops, catalog freshness, factor package version. */
@Path("/")
@Produces(HtmlAnswers.HTML)
public class OverviewPage {

    private static final int NEWEST = 10;

    private final ConsoleData data;
    private final FactorPackageAccess factorPackage;

    public OverviewPage(ConsoleData data, FactorPackageAccess factorPackage) {
        this.data = data;
        this.factorPackage = factorPackage;
    }

    @GET
    public Response overview(@Context HttpHeaders headers) {
        ConsoleTables tables = data.tables();
        long taskRuns = -1;
        long loops = -1;
        long withResults = -1;
        String problem = "";
        try {
            RegistryStats stats = data.registry().reader().stats();
            taskRuns = stats.rowsPerTable().getOrDefault("task_runs", 0L);
            loops = stats.rowsPerTable().getOrDefault("loops", 0L);
            withResults = stats.loopsWithResult();
        } catch (RegistryException e) {
            problem = "The registry cannot be read right now: " + e.getMessage();
        }
        long accepted = tables.loops().stream().filter(l -> Boolean.TRUE.equals(l.decision())).count();
        Map<String, Long> bySource = new TreeMap<>();
        tables.factors().forEach(f -> bySource.merge(f.source(), 1L, Long::sum));
        List<ViewParts.Count> factors = bySource.entrySet().stream()
                .map(e -> new ViewParts.Count(e.getKey(), e.getValue())).toList();
        List<LoopRow> newest = tables.loops().stream().sorted(Sorting.byText(LoopRow::time, true)
                .thenComparing(LoopRow::taskRunId).thenComparingLong(LoopRow::loopId)).limit(NEWEST).toList();
        return HtmlAnswers.ok(headers, Pages.overview(new Overview(taskRuns, loops, withResults, accepted, factors,
                tables.strategies().size(), models(), newest, freshness(), packageVersion(), problem)));
    }

    private int models() {
        try {
            return data.catalogs().get(CatalogKind.MODELS).entries().size();
        } catch (CatalogUnavailableException e) {
            return 0;
        }
    }

    private List<ViewParts.KeyValue> freshness() {
        List<ViewParts.KeyValue> out = new ArrayList<>();
        for (CatalogKind kind : CatalogKind.values()) {
            String shown;
            try {
                CatalogSnapshot s = data.catalogs().get(kind);
                shown = "generated " + Times.utc(s.envelope().path("generated_at_utc").asText(null)) + ", "
                        + s.entries().size() + " entries";
            } catch (CatalogUnavailableException e) {
                shown = "unavailable: " + e.getMessage();
            }
            out.add(new ViewParts.KeyValue(kind.fileName(), shown));
        }
        return out;
    }

    private String packageVersion() {
        try {
            return factorPackage.open().currentVersion().toString();
        } catch (NotFoundProblemException e) {
            return "no factor package configured";
        } catch (FactorLibException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
