package rdresults.testkit.internal.database;

/** One {@code artifact_files} row; {@code sha256} is NULL for directories. */
public record ArtifactFileRow(String fileId, String artifactId, String workspaceId, String path, String sha256,
                              long sizeBytes, String mtimeUtc, String kind) {
}
