/**
 * How one sync run works through its resources: {@link rdresults.sync.internal.run.SyncContext} (the counted API
 * requests and the store every resource writes through), {@link rdresults.sync.internal.run.ResourceSync} with the
 * snapshot and factor syncs, and the database session whose transactions hold the sync lock. Public for
 * {@code rdresults.sync} and {@code internal.loop}; not a supported API of its own.
 */
package rdresults.sync.internal.run;
