/**
 * What {@code SyncStatus.read} reports: a {@link rdresults.sync.status.StatusReport} of the schema, each resource's
 * last sync and stored rows ({@link rdresults.sync.status.ResourceStatus}) and, when a factor package is given, how
 * its installed version aligns with the synced factors ({@link rdresults.sync.status.VersionAlignment}, versions
 * ordered by {@link rdresults.sync.status.FactorLibVersion}). Plain data, part of the supported API.
 */
package rdresults.sync.status;
