package rdresults.testkit.internal.database;

/** One {@code artifacts} row; nullable components are NULL columns. */
public record ArtifactRow(String artifactId, String taskRunId, int loopId, String workspaceId, String artifactType,
                          String name, String version, String status, int primaryFlag, String summaryJson,
                          String entryPath, String modelType, String modelConfJson, String datasetConfJson,
                          String featureSchemaJson, String createdAt, String updatedAt) {
}
