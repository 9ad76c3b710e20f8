package rdresults.factorlib.resolve;

import java.util.Objects;
import java.util.Optional;
import rdresults.factorlib.Origin;
import rdresults.factorlib.SemVer;

/**
 * The package's current function for a factor.
 *
 * @param module  {@code rd_factors_lib.generated} or {@code rd_factors_lib.alpha158}
 * @param func    the function's name
 * @param version the package version in which its code last changed
 * @param sha256  of its source ({@code generated}) or of its rendered text ({@code alpha158})
 * @param origin  the loop, workspace and file it was published from; null for Alpha158 functions
 */
public record ResolvedImplementation(String module, String func, SemVer version, String sha256, Origin origin) {

    public ResolvedImplementation {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(func, "func");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
    }

    public Optional<Origin> findOrigin() {
        return Optional.ofNullable(origin);
    }
}
