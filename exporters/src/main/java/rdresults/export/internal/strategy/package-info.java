/**
 * The strategy catalog (contract §4.2) and the {@code strategy_id} algorithm (§4.6) that the loop catalog shares.
 * Entry point: {@link rdresults.export.StrategyCatalogExporter}.
 */
package rdresults.export.internal.strategy;
