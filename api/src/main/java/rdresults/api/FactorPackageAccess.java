package rdresults.api;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import rdresults.api.http.NotFoundProblemException;
import rdresults.factorlib.Bundle;
import rdresults.factorlib.FactorPackage;
import rdresults.factorlib.SemVer;
import rdresults.factorlib.resolve.FactorImplementations;

/**
 * The configured factor package, opened per request (its VERSION moves when someone publishes) with the bundles
 * looked up so far: archives are immutable, so each version's sha256 is computed once.
 */
public final class FactorPackageAccess {

    private final Optional<Path> root;
    private final Map<SemVer, Bundle> bundles = new ConcurrentHashMap<>();

    public FactorPackageAccess(Optional<Path> root) {
        this.root = root;
    }

    /**
     * @throws NotFoundProblemException when no package root is configured: this service publishes no factor
     *     package (a 404, which consumers such as the sync read as "no versions", not as a failure to retry)
     */
    public FactorPackage open() {
        Path r = root.orElseThrow(() -> new NotFoundProblemException(
                "no factor package published here: the service has no factor library configured "
                        + "(set rdr.factor-lib.root or RD_FACTORS_LIB_ROOT)"));
        return FactorPackage.open(r);
    }

    /**
     * The configured package's implementations for an export to resolve factor entries against; null when no
     * package root is configured.
     */
    public FactorImplementations implementationsOrNull() {
        return root.map(FactorImplementations::open).orElse(null);
    }

    /** The bundle of {@code version}, or of the current version when null. */
    public Bundle bundle(SemVer version) {
        FactorPackage pkg = open();
        SemVer wanted = version == null ? pkg.currentVersion() : version;
        return bundles.computeIfAbsent(wanted, pkg::bundle);
    }
}
