package rdresults.testkit;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link SyntheticRegistryGenerator#generate(Path)} produced.
 *
 * @param root          the repository root given to the generator
 * @param registryDb    {@code <root>/RDagentDB/registry.sqlite}
 * @param workspaceRoot {@code <root>/git_ignore_folder/RD-Agent_workspace}
 * @param generatedBy   {@code <root>/GENERATED_BY.json}
 * @param options       the options used
 * @param counts        rows and files written
 * @param edgeCases     where each enabled loop-level edge case was planted (empty lists are kept)
 */
public record GeneratedRegistry(Path root, Path registryDb, Path workspaceRoot, Path generatedBy,
                                SyntheticRegistryOptions options, RegistryCounts counts,
                                Map<EdgeCase, List<EdgeCaseHit>> edgeCases) {

    public GeneratedRegistry {
        EnumMap<EdgeCase, List<EdgeCaseHit>> copy = new EnumMap<>(EdgeCase.class);
        edgeCases.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        edgeCases = Collections.unmodifiableMap(copy);
    }

    /** The hits of one case; empty when the case was not enabled. */
    public List<EdgeCaseHit> hits(EdgeCase edgeCase) {
        return edgeCases.getOrDefault(edgeCase, List.of());
    }

    /**
     * The folder a stored {@code workspace_path} names, in any path style: its last segment under
     * {@link #workspaceRoot()}. Online rows are named by their {@code workspace_id}; bootstrap rows ({@code other})
     * are not, so resolve by path. The folder may be missing, see {@link EdgeCase#MISSING_WORKSPACE_DIR}.
     */
    public Path folderOf(String storedWorkspacePath) {
        String normalized = storedWorkspacePath.replace('\\', '/');
        return workspaceRoot.resolve(normalized.substring(normalized.lastIndexOf('/') + 1));
    }
}
