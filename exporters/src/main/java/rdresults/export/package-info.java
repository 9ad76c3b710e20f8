/**
 * Catalog exports from an RD-Agent registry and its workspace folders.
 *
 * <p>Entry points: {@link rdresults.export.CatalogExportJob} ({@code export all}, with
 * {@link rdresults.export.ExportAllOptions}) and each catalog's exporter in its own sub-package: {@code alpha158},
 * {@code factor}, {@code strategy}, {@code loop} and {@code model}. This package holds what they share: the run's
 * {@link rdresults.export.ExportContext}, warnings, progress, summary, the atomic
 * {@link rdresults.export.CatalogWriter} and {@link rdresults.export.ExportException}. {@code workspace} reads
 * workspace folders, {@code pass} visits them once for several catalogs, and {@code internal} is not a supported
 * API.
 */
package rdresults.export;
