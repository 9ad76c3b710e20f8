package rdresults.export.internal.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import rdresults.export.internal.Truthiness;
import rdresults.model.PythonJson;

/**
 * A loop's {@code decision} and {@code summary_texts} from {@code feedback.json} (contract §2.5). Values keep their
 * JSON type (the file normally holds a boolean and strings); null means absent. Unlike the reference, a file with a
 * UTF-8 BOM is read.
 */
record FeedbackSummary(JsonNode decision, JsonNode execution, JsonNode valueFeedback, JsonNode shapeFeedback) {

    static final FeedbackSummary NONE = new FeedbackSummary(null, null, null, null);

    /** The summary of a parsed {@code feedback.json} object (null when absent or not an object). */
    static FeedbackSummary of(JsonNode feedback) {
        if (feedback == null || !feedback.isObject()) {
            return NONE;
        }
        JsonNode summary = feedback.get("summary");
        if (!Truthiness.isTruthy(summary) || !summary.isObject()) {
            return new FeedbackSummary(feedback.get("decision"), null, null, null);
        }
        return new FeedbackSummary(feedback.get("decision"), summary.get("execution"),
                summary.get("value_feedback"), summary.get("shape_feedback"));
    }

    /** Writes {@code decision} and {@code summary_texts:{execution, value_feedback, shape_feedback}}. */
    void writeTo(ObjectNode entry) {
        entry.set("decision", orNull(decision));
        ObjectNode texts = entry.putObject("summary_texts");
        texts.set("execution", orNull(execution));
        texts.set("value_feedback", orNull(valueFeedback));
        texts.set("shape_feedback", orNull(shapeFeedback));
    }

    private static JsonNode orNull(JsonNode value) {
        return value == null ? PythonJson.nodes().nullNode() : value.deepCopy();
    }
}
