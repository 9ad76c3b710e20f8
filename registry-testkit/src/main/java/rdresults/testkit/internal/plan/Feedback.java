package rdresults.testkit.internal.plan;

import java.util.List;

/**
 * The content of feedback.json. {@code decision} is {@code null} when the backfill ran without the run log, and then
 * every text is empty (contract §2.5).
 */
public record Feedback(Boolean decision, String hypothesis, String execution, String valueFeedback,
                       String shapeFeedback, List<String> codeCritic, List<String> limitations) {

    public Feedback {
        codeCritic = List.copyOf(codeCritic);
        limitations = List.copyOf(limitations);
    }

    public static Feedback withoutLog() {
        return new Feedback(null, "", "", "", "", List.of(), List.of());
    }
}
