package rdresults.api.console;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** A strategy page: its row, its configs as YAML-like blocks and the loops that ran it. */
@TemplateData
public record StrategyPage(StrategyRow row, List<ViewParts.KeyValue> facts, List<ViewParts.TextBlock> configs,
                           List<LoopRow> loops) {

    public StrategyPage {
        facts = List.copyOf(facts);
        configs = List.copyOf(configs);
        loops = List.copyOf(loops);
    }
}
