/**
 * {@code alpha158_meta.json} (contract §3): the Alpha158 features of a qlib YAML config, or qlib's canonical 158
 * in full mode. Entry point: {@link rdresults.export.alpha158.Alpha158MetaExporter} with
 * {@link rdresults.export.alpha158.Alpha158MetaOptions}.
 */
package rdresults.export.alpha158;
