package rdresults.api.console;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** One line of the factor library: the catalog entry and the KPIs of the best loop (highest sharpe) that used it. */
@TemplateData
public record FactorRow(String name, String source, List<String> tags, String description, int loopCount,
                        Kpis best, String href) {

    public FactorRow {
        tags = List.copyOf(tags);
    }
}
