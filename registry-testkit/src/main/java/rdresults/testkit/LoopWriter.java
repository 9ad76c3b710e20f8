package rdresults.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rdresults.testkit.internal.content.ModelCode;
import rdresults.testkit.internal.content.QlibConfigs;
import rdresults.testkit.internal.database.ArtifactRows;
import rdresults.testkit.internal.database.FactorRegistryRow;
import rdresults.testkit.internal.database.FactorRegistryRows;
import rdresults.testkit.internal.database.WorkspaceArtifacts;
import rdresults.testkit.internal.plan.LoopPlan;
import rdresults.testkit.internal.plan.WorkspacePlan;
import rdresults.testkit.internal.workspace.WorkspaceWriter;

/**
 * Writes the folders of one loop and computes the rows that describe them. Holds only immutable collaborators, so
 * several threads may write different loops at once.
 */
final class LoopWriter {

    private final WorkspaceWriter files;
    private final ArtifactRows artifactRows;
    private final boolean legacy;

    LoopWriter(Path workspaceRoot, boolean legacy) {
        QlibConfigs configs = new QlibConfigs();
        ModelCode modelCode = new ModelCode();
        this.files = new WorkspaceWriter(workspaceRoot, configs, modelCode);
        this.artifactRows = new ArtifactRows(configs, modelCode);
        this.legacy = legacy;
    }

    LoopOutput write(LoopPlan loop) {
        List<WorkspaceArtifacts> artifacts = new ArrayList<>(loop.workspaces().size());
        int written = 0;
        for (WorkspacePlan workspace : loop.workspaces()) {
            WorkspaceWriter.Result result = files.write(loop, workspace);
            written += result.files();
            artifacts.add(artifactRows.build(loop, workspace, result.entries()));
        }
        // legacy registries predate solidification: no asset_bundle_id column, no factor_registry rows
        List<FactorRegistryRow> factors = legacy ? List.of() : FactorRegistryRows.of(loop);
        return new LoopOutput(loop, artifacts, factors, written);
    }
}
