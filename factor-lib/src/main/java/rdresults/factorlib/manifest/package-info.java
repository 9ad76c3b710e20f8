/**
 * What one version of the package contains, as {@code rd_factors_lib/manifest.json} records it: the version, when it
 * was created and every published function with its source, sha256, origin and history
 * ({@link rdresults.factorlib.manifest.PackageManifest}, returned by {@code FactorPackage.manifest()}). Plain data,
 * part of the supported API.
 */
package rdresults.factorlib.manifest;
