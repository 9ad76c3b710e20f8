package rdresults.factorlib;

import java.util.List;
import java.util.Objects;
import rdresults.model.LoopKey;

/**
 * What to publish: the named loops (in this order; a later loop's code replaces an earlier one's for the same
 * factor) or every accepted loop of the registry (oldest first), and which version part to bump if anything changes.
 */
public record PublishRequest(List<LoopKey> loops, boolean allAccepted, Bump bump) {

    public PublishRequest {
        loops = List.copyOf(loops);
        Objects.requireNonNull(bump, "bump");
        if (allAccepted == !loops.isEmpty()) {
            throw new IllegalArgumentException("name loops or ask for all accepted loops, not both or neither");
        }
    }

    /** {@code --loop TASK_RUN_ID/LOOP_ID} (repeatable). */
    public static PublishRequest loops(List<LoopKey> loops, Bump bump) {
        return new PublishRequest(loops, false, bump);
    }

    /** {@code --all-accepted}. */
    public static PublishRequest allAccepted(Bump bump) {
        return new PublishRequest(List.of(), true, bump);
    }
}
