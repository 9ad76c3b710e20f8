package rdresults.export.strategy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import rdresults.export.workspace.LoopWorkspace;
import rdresults.model.IsoTimestamps;

/**
 * The rows a strategy catalog reads, in the order that decides which row represents a strategy.
 *
 * <p>The reference keeps the first row SQLite happens to return (insertion order, which an upsert or VACUUM can
 * change). Here the earliest row wins, a total order on row content: loop {@code started_at_utc}, then workspace
 * {@code created_at_utc} (both ascending, missing or unparsable last), then task run id, loop id and workspace id.
 * On registries written in run order this picks the same row as the reference.
 */
public final class StrategyRows {

    private record Keyed(LoopWorkspace row, int index, Instant loopStarted, Instant workspaceCreated) {
    }

    private static final Comparator<Keyed> PRECEDENCE = Comparator.comparing(Keyed::loopStarted)
            .thenComparing(Keyed::workspaceCreated)
            .thenComparing(k -> k.row().loop().taskRunId())
            .thenComparingLong(k -> k.row().loop().loopId())
            .thenComparing(k -> k.row().workspace().workspaceId());

    private StrategyRows() {
    }

    /**
     * The positions in {@code rows} of the rows whose loop has a result ({@code has_result} 1 or '1'), earliest
     * first. A workspace pass visits loop rows in this order, so the first row of a strategy id it meets is the
     * one that represents it.
     */
    public static int[] order(List<LoopWorkspace> rows) {
        return IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).loop().hasResult())
                .mapToObj(i -> keyed(rows.get(i), i))
                .sorted(PRECEDENCE)
                .mapToInt(Keyed::index)
                .toArray();
    }

    private static Keyed keyed(LoopWorkspace row, int index) {
        return new Keyed(row, index, instant(row.loop().startedAtUtc()), instant(row.workspace().createdAtUtc()));
    }

    private static Instant instant(String isoTimestamp) {
        return IsoTimestamps.parse(isoTimestamp).orElse(Instant.MAX);
    }
}
