package rdresults.export.internal.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rdresults.export.internal.PythonPaths;
import rdresults.model.IsoTimestamps;
import rdresults.registry.LoopWorkspaceKey;

/**
 * The rows a strategy catalog reads, in the order that decides which row represents a strategy.
 *
 * <p>The Python exporter keeps the first row of each strategy in the order SQLite returns its query, which has no
 * ORDER BY; that order is taken from SQLite itself ({@code RegistryReader.listResultRowsInPythonOrder}), so the
 * example workspace, and the configuration and implementation read from it, are the ones the Python exporter
 * writes. Rows the Python exporter cannot open at all ({@link PythonPaths}) come after those, so they represent
 * only strategies it never sees. A row SQLite did not return there (a {@code has_result} value the two read differently) comes after,
 * earliest first: loop {@code started_at_utc}, then workspace {@code created_at_utc} (both ascending, missing or
 * unparsable last), then task run id, loop id and workspace id.
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
     * The positions in {@code rows} of the rows whose loop has a result ({@code has_result} 1 or '1'), in
     * {@code pythonOrder} first (the rows the Python exporter can open before the others). A workspace pass visits loop rows in this order, so the first row of a strategy id
     * it meets is the one that represents it.
     */
    public static int[] order(List<LoopWorkspace> rows, List<LoopWorkspaceKey> pythonOrder) {
        Map<LoopWorkspaceKey, Integer> position = new HashMap<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            LoopWorkspace r = rows.get(i);
            if (r.loop().hasResult()) {
                position.put(new LoopWorkspaceKey(r.loop().taskRunId(), r.loop().loopId(),
                        r.workspace().workspaceId()), i);
            }
        }
        List<Integer> out = new ArrayList<>(position.size());
        List<Integer> closedToPython = new ArrayList<>();
        for (LoopWorkspaceKey key : pythonOrder) {
            Integer i = position.remove(key);
            if (i != null) {
                (PythonPaths.opens(rows.get(i).workspace().workspacePath()) ? out : closedToPython).add(i);
            }
        }
        out.addAll(closedToPython);
        position.values().stream()
                .map(i -> keyed(rows.get(i), i))
                .sorted(PRECEDENCE)
                .forEach(k -> out.add(k.index()));
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Keyed keyed(LoopWorkspace row, int index) {
        return new Keyed(row, index, instant(row.loop().startedAtUtc()), instant(row.workspace().createdAtUtc()));
    }

    private static Instant instant(String isoTimestamp) {
        return IsoTimestamps.parse(isoTimestamp).orElse(Instant.MAX);
    }
}
