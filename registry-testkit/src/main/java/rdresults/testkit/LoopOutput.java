package rdresults.testkit;

import java.util.List;
import rdresults.testkit.internal.database.FactorRegistryRow;
import rdresults.testkit.internal.database.WorkspaceArtifacts;
import rdresults.testkit.internal.plan.LoopPlan;

/**
 * What writing one loop's folders produced: the artifact rows of each workspace (in the loop's workspace order),
 * its factor_registry rows and the number of files written.
 */
record LoopOutput(LoopPlan loop, List<WorkspaceArtifacts> artifacts, List<FactorRegistryRow> factorRegistry,
                  int files) {

    LoopOutput {
        artifacts = List.copyOf(artifacts);
        factorRegistry = List.copyOf(factorRegistry);
    }
}
