package rdresults.api.console;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** What the overview page shows. */
@TemplateData
public record Overview(long taskRuns, long loops, long loopsWithResults, long acceptedLoops,
                       List<ViewParts.Count> factorsBySource, int strategies, int models, List<LoopRow> newestLoops,
                       List<ViewParts.KeyValue> catalogs, String packageVersion, String problem) {

    public Overview {
        factorsBySource = List.copyOf(factorsBySource);
        newestLoops = List.copyOf(newestLoops);
        catalogs = List.copyOf(catalogs);
    }
}
