package rdresults.factorlib.internal.publish;

import java.nio.file.Path;
import java.util.Comparator;
import rdresults.factorlib.Origin;
import rdresults.model.IsoTimestamps;
import rdresults.model.LoopKey;

/**
 * A factor of an accepted loop with its implementation, about to be compared with the package.
 *
 * @param sharpe       the factor's sharpe in its loop's {@code factor_perf.json}; null when missing or not a number
 * @param createdAtUtc the factor's {@code created_at_utc}, else its {@code factor_meta.json}'s, else the loop's end;
 *                     null when none is known
 * @param order        position in the publish's selection (loops oldest first, then file order); the last tie-breaker
 */
public record PublishCandidate(LoopKey loop, Path factorMeta, String factorName, String description, String formula,
                              FactorSource source, Double sharpe, String createdAtUtc, long order) {

    /**
     * Greater is better, the rule of {@code publish --all-accepted}: the higher sharpe (a missing one lowest), then
     * the newer {@code createdAtUtc} (unknown oldest), then the later in the selection.
     */
    public static final Comparator<PublishCandidate> RANK = Comparator
            .comparing(PublishCandidate::sharpe, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(c -> IsoTimestamps.parse(c.createdAtUtc()).orElse(null),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(PublishCandidate::order);

    Origin origin() {
        return new Origin(loop.taskRunId(), loop.loopId(), source.workspaceId(), source.file());
    }
}
