package rdresults.export.internal.loop;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import rdresults.export.LoopCatalogOptions;
import rdresults.export.internal.workspace.LoopWorkspace;
import rdresults.model.IsoTimestamps;
import rdresults.model.Loop;

/**
 * Which {@code loops ⋈ workspaces} rows a loop catalog may contain. The registry part is decided here; the
 * workspace gates (which need the folder) are applied by {@link LoopCatalogPart} under {@code solidifiedOnly}.
 */
final class LoopSelection {

    /** The catalog key order: task run id, loop id, workspace id. */
    static final Comparator<LoopWorkspace> KEY_ORDER =
            Comparator.comparing((LoopWorkspace r) -> r.loop().taskRunId())
                    .thenComparingLong(r -> r.loop().loopId())
                    .thenComparing(r -> r.workspace().workspaceId());

    private LoopSelection() {
    }

    /**
     * The positions in {@code rows} of the rows whose loop passes the registry filter, most recently started
     * first (as the reference's {@code ORDER BY started_at_utc DESC}, missing times last), ties in key order; a
     * limit keeps the head.
     */
    static int[] byRecency(List<LoopWorkspace> rows, LoopCatalogOptions options) {
        return IntStream.range(0, rows.size())
                .filter(i -> passesRegistryFilter(rows.get(i).loop(), options))
                .mapToObj(i -> new Timed(rows.get(i), i,
                        IsoTimestamps.parse(rows.get(i).loop().startedAtUtc()).orElse(Instant.MIN)))
                .sorted(Comparator.comparing(Timed::started).reversed()
                        .thenComparing(Timed::row, KEY_ORDER))
                .mapToInt(Timed::index)
                .toArray();
    }

    /**
     * {@code has_result} always; with {@code solidifiedOnly} also {@code is_solidified} and a non-empty
     * {@code asset_bundle_id}, as the reference's SQL.
     */
    static boolean passesRegistryFilter(Loop loop, LoopCatalogOptions options) {
        if (!loop.hasResult()) {
            return false;
        }
        return !options.solidifiedOnly()
                || (loop.isSolidified() && loop.assetBundleId() != null && !loop.assetBundleId().isEmpty());
    }

    private record Timed(LoopWorkspace row, int index, Instant started) {
    }
}
