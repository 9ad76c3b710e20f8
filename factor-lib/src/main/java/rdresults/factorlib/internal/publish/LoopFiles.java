package rdresults.factorlib.internal.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import rdresults.model.LoopKey;

/**
 * A loop's resolved workspaces (preference order: sub-workspaces first, where RD-Agent writes each factor's code,
 * newest first) and the workspace stored paths that resolved nowhere.
 */
public record LoopFiles(LoopKey key, String endedAtUtc, List<ResolvedWorkspace> workspaces, List<String> unresolved) {

    public LoopFiles {
        workspaces = List.copyOf(workspaces);
        unresolved = List.copyOf(unresolved);
    }

    /** The loop's {@code factor_meta.json}: the experiment workspace's first, then any other's. */
    public Optional<Path> factorMeta() {
        return firstFile("factor_meta.json");
    }

    /** The loop's {@code feedback.json}, found like {@link #factorMeta()}. */
    public Optional<Path> feedback() {
        return firstFile("feedback.json");
    }

    private Optional<Path> firstFile(String name) {
        Optional<Path> fromExperiment = workspaces.stream()
                .filter(w -> "experiment_workspace".equals(w.row().workspaceRole()))
                .map(w -> w.folder().resolve(name)).filter(Files::isRegularFile).findFirst();
        return fromExperiment.isPresent() ? fromExperiment
                : workspaces.stream().map(w -> w.folder().resolve(name)).filter(Files::isRegularFile).findFirst();
    }
}
