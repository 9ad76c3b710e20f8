package rdresults.testkit.internal.plan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import rdresults.testkit.EdgeCase;
import rdresults.testkit.PathStyle;
import rdresults.testkit.internal.content.GeneratedFactor;

/**
 * One {@code workspaces} row and the folder behind it. Nullable components mirror nullable columns
 * ({@code experimentType}, {@code stepName}, {@code status}); {@code factor} is set only for factor coding
 * workspaces.
 *
 * @param folder    the folder name under the workspace root; equals {@code workspaceId} except for bootstrap
 *                  rows, whose id hashes the stored path (the second ID convention, contract §0)
 * @param pointers  the backfill recorded meta/summary/manifest paths (and wrote those files)
 * @param edgeCases workspace-level edge cases planted here
 */
public record WorkspacePlan(String workspaceId, String folder, WorkspaceKind kind, String experimentType,
                            String stepName, String status, PathStyle pathStyle, String storedPath, long createdAt,
                            long updatedAt, boolean pointers, List<ConfigFile> configs, Set<WorkspaceFile> files,
                            GeneratedFactor factor, Set<EdgeCase> edgeCases) {

    public WorkspacePlan {
        configs = List.copyOf(configs);
        // enum sets iterate in declaration order in every JVM; Set.copyOf would not
        files = Collections.unmodifiableSet(files.isEmpty() ? EnumSet.noneOf(WorkspaceFile.class)
                : EnumSet.copyOf(files));
        edgeCases = Collections.unmodifiableSet(edgeCases.isEmpty() ? EnumSet.noneOf(EdgeCase.class)
                : EnumSet.copyOf(edgeCases));
    }

    public String role() {
        return kind.role();
    }

    public boolean has(WorkspaceFile file) {
        return files.contains(file);
    }

    public boolean has(EdgeCase edgeCase) {
        return edgeCases.contains(edgeCase);
    }

    public boolean folderMissing() {
        return edgeCases.contains(EdgeCase.MISSING_WORKSPACE_DIR);
    }

    public WorkspacePlan withEdgeCase(EdgeCase edgeCase) {
        EnumSet<EdgeCase> cases = EnumSet.of(edgeCase);
        cases.addAll(edgeCases);
        return new WorkspacePlan(workspaceId, folder, kind, experimentType, stepName, status, pathStyle, storedPath,
                createdAt, updatedAt, pointers, configs, files, factor, cases);
    }

    /** Re-stores the row in another path style; bootstrap ids hash the stored path, so they change with it. */
    public WorkspacePlan withPath(PathStyle style, String path, String id) {
        return new WorkspacePlan(id, folder, kind, experimentType, stepName, status, style, path, createdAt,
                updatedAt, pointers, configs, files, factor, edgeCases);
    }
}
