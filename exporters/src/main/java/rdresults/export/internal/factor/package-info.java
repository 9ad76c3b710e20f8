/**
 * The factor catalog (contract §4.1): alpha-meta and workspace factors as candidates with their performance, the
 * best per name and source, and the entry with its expression fingerprint and {@code best_performance} text.
 * Entry point: {@link rdresults.export.FactorCatalogExporter} with
 * {@link rdresults.export.FactorCatalogOptions}; {@link rdresults.export.internal.factor.FactorCatalogPart} is public
 * for {@code export all}.
 */
package rdresults.export.internal.factor;
