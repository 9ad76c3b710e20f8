/**
 * Reading workspace folders for every catalog: {@link rdresults.export.WorkspaceReader} decides what
 * counts as absent (contract §4.0) and opens one folder's {@link rdresults.export.internal.workspace.WorkspaceFiles}, each
 * file read and parsed at most once from a single walk; {@link rdresults.export.internal.workspace.LoopWorkspace} is a
 * registry row with its workspace and {@link rdresults.export.internal.workspace.MlflowRuns} finds a folder's latest MLflow
 * run.
 */
package rdresults.export.internal.workspace;
