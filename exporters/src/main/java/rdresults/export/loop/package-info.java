/**
 * The loop catalog (contract §4.3): one entry per loop workspace with its KPIs, feedback, paths and gate flags.
 * Entry point: {@link rdresults.export.loop.LoopCatalogExporter} with {@link rdresults.export.loop.LoopCatalogOptions}.
 */
package rdresults.export.loop;
