package rdresults.registry.synthetic;

/**
 * A root-level entry of a workspace as {@code stat} sees it, for the {@code artifact_files} rows.
 *
 * @param path   workspace-relative path
 * @param sha256 hex digest, or null for the {@code mlruns} directory
 */
record WrittenFile(String path, long size, String sha256, long mtimeMicros) {
}
