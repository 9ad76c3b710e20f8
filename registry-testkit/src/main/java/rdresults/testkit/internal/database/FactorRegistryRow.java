package rdresults.testkit.internal.database;

/** One row of the registry's {@code factor_registry} table (not AIstock's table of the same name). */
public record FactorRegistryRow(String factorName, String expression, String performanceJson, String assetBundleId,
                                String workspaceId, String taskRunId, int loopId, String updatedAt) {
}
