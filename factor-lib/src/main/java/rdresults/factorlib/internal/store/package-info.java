/**
 * The package root on disk: where each file lives ({@link rdresults.factorlib.internal.store.PackageLayout}), atomic file
 * access with I/O failures translated once, the cross-process lock, the files {@code init} writes, the stable form of
 * {@code manifest.json}, {@code generated.py} rendered from a manifest
 * ({@link rdresults.factorlib.internal.store.GeneratedModuleWriter}), the deterministic version archives, and
 * committing a version in crash-safe order with
 * recovery from an unfinished one ({@link rdresults.factorlib.internal.store.FactorPackageWriter}). Public for the
 * {@code rdresults.factorlib} facade and its sub-packages; not a supported API of its own.
 */
package rdresults.factorlib.internal.store;
