package rdresults.testkit.internal.database;

import java.util.List;

/** The artifact rows of one workspace and their file rows. */
public record WorkspaceArtifacts(List<ArtifactRow> artifacts, List<ArtifactFileRow> files) {

    static final WorkspaceArtifacts NONE = new WorkspaceArtifacts(List.of(), List.of());

    public WorkspaceArtifacts {
        artifacts = List.copyOf(artifacts);
        files = List.copyOf(files);
    }
}
