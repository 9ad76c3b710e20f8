/**
 * Catalog payloads → table rows: envelope checks, typed field access with precise error paths, and one mapper per
 * resource. Public for the sync facade; not a supported API of its own.
 */
package rdresults.sync.internal.catalog;
