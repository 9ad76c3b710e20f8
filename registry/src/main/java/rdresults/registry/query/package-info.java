/**
 * What a {@code RegistryReader} query asks and returns: the filters of each list ({@code TaskRunQuery},
 * {@code LoopQuery}, {@code WorkspaceQuery}, {@code ArtifactQuery}) with their
 * {@link rdresults.registry.query.TimeRange}, keyset pages ({@link rdresults.registry.query.PageRequest},
 * {@link rdresults.registry.query.Page} and the opaque {@link rdresults.registry.query.Cursor}) and
 * {@link rdresults.registry.query.InvalidQueryException} for a bad value. Plain data, part of the supported API.
 */
package rdresults.registry.query;
