package rdresults.testkit.internal.workspace;

/**
 * A root-level entry of a workspace as {@code stat} sees it, for the {@code artifact_files} rows.
 *
 * @param path   workspace-relative path
 * @param sha256 hex digest; null for the {@code mlruns} directory and where no artifact row needs it
 */
public record WrittenFile(String path, long size, String sha256, long mtimeMicros) {
}
