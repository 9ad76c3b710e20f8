/**
 * The catalogs served from memory: {@link rdresults.api.catalog.CatalogStore} loads each catalog file into a
 * ready-to-send {@link rdresults.api.catalog.CatalogSnapshot} and swaps it when the file changes,
 * {@link rdresults.api.catalog.CatalogExportScheduler} exports them again when the registry changed, and the query side
 * filters, pages and projects a snapshot's entries ({@link rdresults.api.endpoint.CatalogFilters},
 * {@link rdresults.api.catalog.CatalogView}, {@link rdresults.api.catalog.Projection}). Public for the resources;
 * not a supported API of its own.
 */
package rdresults.api.catalog;
