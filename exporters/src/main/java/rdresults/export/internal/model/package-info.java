/**
 * The model catalog (contract §4.4): one entry per {@code model_id}, its fields resolved from the workspace's code
 * and configs (never a pickle), with feature names and the MLflow run. Entry point:
 * {@link rdresults.export.ModelCatalogExporter}; {@link rdresults.export.internal.model.ModelCatalogPart} is public for
 * {@code export all}.
 */
package rdresults.export.internal.model;
