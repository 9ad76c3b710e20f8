/**
 * The package root on disk: where each file lives ({@link rdresults.factorlib.store.PackageLayout}), atomic file
 * access with I/O failures translated once, the cross-process lock, the files {@code init} writes and the
 * deterministic version archives. Public for the {@code rdresults.factorlib} facade; not a supported API of its own.
 */
package rdresults.factorlib.store;
