/**
 * The loop catalog (contract §4.3): one entry per loop workspace with its KPIs, feedback, paths and gate flags.
 * Entry point: {@link rdresults.export.LoopCatalogExporter} with {@link rdresults.export.LoopCatalogOptions}.
 */
package rdresults.export.internal.loop;
