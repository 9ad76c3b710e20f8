package rdresults.model;

/** One {@code artifact_files} row; {@code path} is relative to the workspace. */
public record ArtifactFile(
        String fileId,
        String artifactId,
        String workspaceId,
        String path,
        String sha256,
        Long sizeBytes,
        String mtimeUtc,
        String kind) {
}
