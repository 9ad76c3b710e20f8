package rdresults.model;

import java.util.List;

/** One {@code artifacts} row with its {@code artifact_files} rows. */
public record Artifact(
        String artifactId,
        String taskRunId,
        Long loopId,
        String workspaceId,
        String artifactType,
        String name,
        String version,
        String status,
        boolean primary,
        String summaryJson,
        String entryPath,
        String modelType,
        String modelConfJson,
        String datasetConfJson,
        String featureSchemaJson,
        String createdAtUtc,
        String updatedAtUtc,
        List<ArtifactFile> files) {

    public Artifact {
        files = List.copyOf(files);
    }

    /** The same artifact carrying {@code newFiles}. */
    public Artifact withFiles(List<ArtifactFile> newFiles) {
        return new Artifact(artifactId, taskRunId, loopId, workspaceId, artifactType, name, version, status, primary,
                summaryJson, entryPath, modelType, modelConfJson, datasetConfJson, featureSchemaJson, createdAtUtc,
                updatedAtUtc, newFiles);
    }
}
