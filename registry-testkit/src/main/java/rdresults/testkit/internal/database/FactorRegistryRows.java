package rdresults.testkit.internal.database;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rdresults.testkit.internal.content.QlibConfigs;
import rdresults.testkit.conventions.EpochMicros;
import rdresults.testkit.internal.plan.LoopPlan;
import rdresults.testkit.internal.plan.WorkspaceFile;
import rdresults.testkit.internal.plan.WorkspacePlan;
import rdresults.testkit.internal.workspace.FactorEntries;
import rdresults.testkit.internal.workspace.WorkspaceDocuments;

/**
 * What solidification upserts into {@code factor_registry}: one row per factor name of the loop's factor_perf
 * combination, with the expression from factor_meta.json ({@code ""} when the entry has none).
 */
public final class FactorRegistryRows {

    private FactorRegistryRows() {
    }

    public static List<FactorRegistryRow> of(LoopPlan loop) {
        WorkspacePlan experiment = loop.experiment().orElse(null);
        if (!loop.state().solidified() || experiment == null || !experiment.has(WorkspaceFile.FACTOR_PERF)
                || !experiment.has(WorkspaceFile.FACTOR_META)) {
            return List.of();
        }
        List<Map<String, Object>> entries = FactorEntries.of(loop);
        List<String> names = entries.stream().map(e -> (String) e.get("name")).toList();
        String performance = RegistryRowWriter.jsonColumn(QlibConfigs.map("_combo_metrics",
                WorkspaceDocuments.combination(loop, names)));
        String updated = EpochMicros.iso(loop.times().updated());
        Set<String> seen = new LinkedHashSet<>();
        List<FactorRegistryRow> rows = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            String name = (String) entry.get("name");
            if (seen.add(name)) {
                Object expression = entry.get("expression");
                rows.add(new FactorRegistryRow(name, expression == null ? "" : (String) expression, performance,
                        loop.state().assetBundleId(), experiment.workspaceId(), loop.taskRunId(), loop.loopId(),
                        updated));
            }
        }
        return rows;
    }
}
