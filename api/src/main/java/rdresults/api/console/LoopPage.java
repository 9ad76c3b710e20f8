package rdresults.api.console;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** A loop page: KPIs, curves, feedback, factors, strategy and model, artifacts. */
@TemplateData
public record LoopPage(LoopRow row, String workspaceId, String curvesUrl, List<ViewParts.TextBlock> feedback,
                       List<FactorLink> factors, StrategyRow strategy, String modelType, String modelConfig,
                       List<ArtifactLine> artifacts, String artifactsProblem, List<ViewParts.KeyValue> facts) {

    public LoopPage {
        feedback = List.copyOf(feedback);
        factors = List.copyOf(factors);
        artifacts = List.copyOf(artifacts);
        facts = List.copyOf(facts);
    }

    /** A factor the loop used, linked to its page. */
    @TemplateData
    public record FactorLink(String name, String href) {
    }

    /** One file of one artifact. */
    @TemplateData
    public record ArtifactLine(String type, String name, String path, String size, String sizeFull, String time) {
    }
}
