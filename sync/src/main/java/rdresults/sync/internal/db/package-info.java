/**
 * The JDBC side of sync: dialects, migrations, the snapshot upserter, {@code sync_state} and the run lock.
 * Public for the sync facade; not a supported API of its own.
 */
package rdresults.sync.internal.db;
