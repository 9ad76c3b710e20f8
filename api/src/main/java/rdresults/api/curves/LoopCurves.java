package rdresults.api.curves;

import rdresults.model.LoopKey;

/** A loop's report curves and where they were read: the workspace and the file name. */
public record LoopCurves(LoopKey key, String workspaceId, String fileName, ReportCurves curves) {
}
