/**
 * Writing one workspace folder from its plan ({@link rdresults.testkit.internal.workspace.WorkspaceWriter}): the
 * YAML configs, code, qlib outputs, opaque blobs and the backfill's JSON documents, with the file-level edge cases
 * applied, and recording what {@code stat} sees of each root entry for the artifact rows
 * ({@link rdresults.testkit.internal.workspace.WrittenFile}). Public for the generator's other packages; not a
 * supported API of its own.
 */
package rdresults.testkit.internal.workspace;
