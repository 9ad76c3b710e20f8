package rdresults.export.strategy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import rdresults.export.LoopWorkspace;
import rdresults.model.IsoTimestamps;

/**
 * The rows a strategy catalog reads, in the order that decides which row represents a strategy.
 *
 * <p>The reference keeps the first row SQLite happens to return (insertion order, which an upsert or VACUUM can
 * change). Here the earliest row wins, a total order on row content: loop {@code started_at_utc}, then workspace
 * {@code created_at_utc} (both ascending, missing or unparsable last), then task run id, loop id and workspace id.
 * On registries written in run order this picks the same row as the reference.
 */
final class StrategyRows {

    private record Keyed(LoopWorkspace row, Instant loopStarted, Instant workspaceCreated) {
    }

    private static final Comparator<Keyed> PRECEDENCE = Comparator.comparing(Keyed::loopStarted)
            .thenComparing(Keyed::workspaceCreated)
            .thenComparing(k -> k.row().loop().taskRunId())
            .thenComparingLong(k -> k.row().loop().loopId())
            .thenComparing(k -> k.row().workspace().workspaceId());

    private StrategyRows() {
    }

    /** Rows whose loop has a result ({@code has_result} 1 or '1'), earliest first. */
    static List<LoopWorkspace> candidates(List<LoopWorkspace> rows) {
        return rows.stream()
                .filter(r -> r.loop().hasResult())
                .map(r -> new Keyed(r, instant(r.loop().startedAtUtc()), instant(r.workspace().createdAtUtc())))
                .sorted(PRECEDENCE)
                .map(Keyed::row)
                .toList();
    }

    private static Instant instant(String isoTimestamp) {
        return IsoTimestamps.parse(isoTimestamp).orElse(Instant.MAX);
    }
}
