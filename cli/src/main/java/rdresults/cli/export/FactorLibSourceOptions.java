package rdresults.cli.export;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import rdresults.factorlib.resolve.FactorImplementations;

/** {@code --factor-lib ROOT}: the factor package whose functions the exported factor entries resolve against. */
public final class FactorLibSourceOptions {

    @Option(names = "--factor-lib", paramLabel = "ROOT",
            description = "A factor package root (rdr factor-lib init): factor entries gain implementation and "
                    + "implementation_status, Alpha158 entries impl_* pointers into rd_factors_lib.alpha158.")
    Path root;

    /**
     * The package's implementations; null without {@code --factor-lib}.
     *
     * @throws rdresults.factorlib.NotAPackageException when the root holds no package
     */
    FactorImplementations implementationsOrNull() {
        return root == null ? null : FactorImplementations.open(root.toAbsolutePath().normalize());
    }
}
