/**
 * Syncing {@code loop_result}, the catalog that grows large: a conditional {@code HEAD}, then only the changes
 * ({@link rdresults.sync.internal.loop.DeltaLoopListing}: the key set compared with the stored rows, then the changed entries
 * through {@code since}), or the whole catalog when the delta cannot be trusted
 * ({@link rdresults.sync.internal.loop.LoopSync}). Public for the sync facade; not a supported API of its own.
 */
package rdresults.sync.internal.loop;
