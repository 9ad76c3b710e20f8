package rdresults.cli.factorlib;

import java.nio.file.Path;
import org.jboss.logging.Logger;
import picocli.CommandLine.Option;
import rdresults.factorlib.FactorPackage;

/** {@code --lib ROOT}: the factor package a command works on. */
public final class FactorLibOptions {

    private static final Logger LOG = Logger.getLogger(FactorLibOptions.class);

    @Option(names = "--lib", paramLabel = "ROOT", required = true,
            description = "The factor package root (made by 'rdr factor-lib init').")
    Path lib;

    /** The package root as given, absolute. */
    public Path root() {
        return lib.toAbsolutePath().normalize();
    }

    /**
     * Opens the package.
     *
     * @throws rdresults.factorlib.NotAPackageException the root holds no package
     */
    public FactorPackage open() {
        LOG.infof("opening factor package %s", root());
        return FactorPackage.open(root());
    }
}
