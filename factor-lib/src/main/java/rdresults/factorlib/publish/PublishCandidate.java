package rdresults.factorlib.publish;

import java.nio.file.Path;
import rdresults.factorlib.Origin;
import rdresults.model.LoopKey;

/** A factor of an accepted loop with its implementation, about to be compared with the package. */
public record PublishCandidate(LoopKey loop, Path factorMeta, String factorName, String description, String formula,
                              FactorSource source) {

    Origin origin() {
        return new Origin(loop.taskRunId(), loop.loopId(), source.workspaceId(), source.file());
    }
}
