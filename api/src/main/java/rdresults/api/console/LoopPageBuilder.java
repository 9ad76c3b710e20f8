package rdresults.api.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Assembles a loop page from its loop catalog entry, its model catalog entry and its registry artifacts. */
final class LoopPageBuilder {

    /** The feedback texts of {@code summary_texts}, in reading order, with their headings. */
    private static final List<String[]> FEEDBACK = List.of(new String[] {"execution", "Execution"},
            new String[] {"value_feedback", "Value feedback"}, new String[] {"shape_feedback", "Shape feedback"},
            new String[] {"reason", "Reason"}, new String[] {"decision_reason", "Decision reason"});

    private LoopPageBuilder() {
    }

    static LoopPage build(LoopRow row, JsonNode entry, Optional<JsonNode> model, StrategyRow strategy,
                          List<LoopPage.ArtifactLine> artifacts, String artifactsProblem) {
        List<ViewParts.TextBlock> feedback = new ArrayList<>();
        JsonNode texts = entry.path("summary_texts");
        for (String[] f : FEEDBACK) {
            if (texts.path(f[0]).isTextual()) {
                feedback.add(new ViewParts.TextBlock(f[1], texts.path(f[0]).asText()));
            }
        }
        feedback.add(new ViewParts.TextBlock("Decision", row.decisionText()));
        List<LoopPage.FactorLink> factors = row.factorNames().stream()
                .map(n -> new LoopPage.FactorLink(n, Links.factor(n))).toList();
        String modelType = model.map(m -> m.path("model_type").asText("")).orElse("");
        String modelConfig = model.map(m -> m.path("model_config")).filter(JsonNode::isObject).map(YamlText::of)
                .orElse("");
        List<ViewParts.KeyValue> facts = new ArrayList<>();
        facts.add(new ViewParts.KeyValue("Action", row.action()));
        facts.add(new ViewParts.KeyValue("Status", row.status()));
        facts.add(new ViewParts.KeyValue("Solidified", row.solidified() ? "yes" : "no"));
        facts.add(new ViewParts.KeyValue("Materialization", row.materialization()));
        facts.add(new ViewParts.KeyValue("Missing files", Integer.toString(row.missingFiles())));
        facts.add(new ViewParts.KeyValue("Updated", row.timeText()));
        facts.add(new ViewParts.KeyValue("MLflow run id", text(entry, "mlflow_run_id",
                model.map(m -> m.path("mlflow_run_id").asText("")).orElse(""))));
        facts.add(new ViewParts.KeyValue("Factor package version", text(entry, "factor_impl_version", "")));
        facts.add(new ViewParts.KeyValue("Workspace", entry.path("workspace_id").asText("")));
        return new LoopPage(row, entry.path("workspace_id").asText(""), Links.curves(row.taskRunId(), row.loopId()),
                feedback, factors, strategy, modelType, modelConfig, artifacts, artifactsProblem, facts);
    }

    private static String text(JsonNode e, String field, String fallback) {
        String v = e.path(field).isValueNode() && !e.path(field).isNull() ? e.path(field).asText() : fallback;
        return v.isEmpty() ? "\u2013" : v;
    }
}
