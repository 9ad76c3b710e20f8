/**
 * The shared Python factor package {@code rd_factors_lib}: publishing the factors of accepted RD-Agent loops into
 * it, keeping every version as an immutable archive, and verifying it.
 *
 * <p>Entry points: {@link rdresults.factorlib.FactorPackage} ({@code init}, {@code open}, {@code versions},
 * {@code bundle}), {@link rdresults.factorlib.FactorPublisher} ({@code publish}),
 * {@link rdresults.factorlib.PackageVerifier} ({@code verify}) and {@link rdresults.factorlib.SemVer} (strict parsing
 * of versions from users). Every failure is a {@link rdresults.factorlib.FactorLibException} subtype.
 *
 * <p>Public types not named above are the data those entry points return. Package-private classes are internals.
 */
package rdresults.factorlib;
