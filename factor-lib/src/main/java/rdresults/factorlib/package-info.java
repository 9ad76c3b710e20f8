/**
 * The shared Python factor package {@code rd_factors_lib}: publishing the factors of accepted RD-Agent loops into
 * it, keeping every version as an immutable archive, and verifying it.
 *
 * <p>Entry points: {@link rdresults.factorlib.FactorPackage} ({@code init}, {@code open}, {@code versions},
 * {@code bundle}), {@link rdresults.factorlib.FactorPublisher} ({@code publish}),
 * {@link rdresults.factorlib.PackageVerifier} ({@code verify}) and {@link rdresults.factorlib.SemVer} (strict parsing
 * of versions from users). Every failure is a {@link rdresults.factorlib.FactorLibException} subtype.
 *
 * <p>Public types not named above are the data those entry points take and return, as is
 * {@code rdresults.factorlib.manifest} (what a version contains). The other sub-packages are internals, public only
 * so that this facade can use them: {@code store} (the package root on disk), {@code python} ({@code generated.py},
 * identifiers, the risky-call scan), {@code publish} (loops, factor sources, the publish plan) and {@code catalog}
 * (the {@code impl_*} pointers of catalogs).
 */
package rdresults.factorlib;
