package rdresults.api.console;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** One line of the strategy library. */
@TemplateData
public record StrategyRow(String strategyId, String action, String modelType, String train, String valid,
                          String test, List<String> templateFiles, int loopCount) {

    public StrategyRow {
        templateFiles = List.copyOf(templateFiles);
    }

    public String href() {
        return Links.strategy(strategyId);
    }
}
