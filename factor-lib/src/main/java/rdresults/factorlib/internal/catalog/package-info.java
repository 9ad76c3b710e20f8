/**
 * The {@code impl_*} pointers that catalogs hold into the package: reading them from a {@code factor_meta.json} or
 * {@code factor_catalog.json} for {@code verify} ({@link rdresults.factorlib.internal.catalog.CatalogPointers}) and setting
 * them in a loop's {@code factor_meta.json} after a publish ({@link rdresults.factorlib.internal.catalog.FactorMetaUpdater}).
 * Public for the {@code rdresults.factorlib} facade; not a supported API of its own.
 */
package rdresults.factorlib.internal.catalog;
