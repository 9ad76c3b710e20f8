/**
 * Resolving the workspace paths a registry stores to folders on this machine
 * ({@link rdresults.registry.workspace.WorkspaceLocator}), with explicit prefix rewrites
 * ({@link rdresults.registry.workspace.PathMapping}) and what each resolution tried
 * ({@link rdresults.registry.workspace.WorkspaceResolution}). Part of the supported API.
 */
package rdresults.registry.workspace;
