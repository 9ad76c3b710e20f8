package rdresults.registry.query;

/** Filters for artifacts; null components do not filter. */
public record ArtifactQuery(
        String taskRunId,
        Long loopId,
        String workspaceId,
        String artifactType,
        String status,
        TimeRange created,
        TimeRange updated) {

    public static final ArtifactQuery ALL = new ArtifactQuery(null, null, null, null, null, null, null);

    public static ArtifactQuery ofLoop(String taskRunId, long loopId) {
        return new ArtifactQuery(taskRunId, loopId, null, null, null, null, null);
    }
}
