package rdresults.cli.factorlib;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import rdresults.cli.ExitCodes;
import rdresults.cli.OutputOptions;
import rdresults.cli.RdrVersionProvider;
import rdresults.cli.VerbosityOptions;
import rdresults.factorlib.Bundle;
import rdresults.factorlib.FactorPackage;
import rdresults.factorlib.SemVer;
import rdresults.factorlib.UnknownVersionException;

/**
 * {@code rdr factor-lib bundle}: copies one version's archive out of the package. Its {@code --version} names a
 * package version, so this command declares {@code -h/--help} and {@code -V} itself instead of picocli's standard
 * help options.
 */
@Command(name = "bundle", sortOptions = false, versionProvider = RdrVersionProvider.class,
        description = {"Write one version's archive to a file.",
            "Copies the zip of the current version, or of the one --version names, to F atomically.",
            "Exit 2 when --version is not MAJOR.MINOR.PATCH, 3 when the package has no such version."})
class BundleCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(BundleCommand.class);

    @Mixin
    FactorLibOptions lib;

    @Option(names = "--version", paramLabel = "V", converter = SemVerConverter.class,
            description = "The package version to bundle, e.g. 0.1.3 (default: the current version).")
    SemVer version;

    @Option(names = "--output", paramLabel = "F", required = true,
            description = "The file to write (replaced if it exists; missing folders are created).")
    Path target;

    @Mixin
    OutputOptions output;

    @Mixin
    VerbosityOptions verbosity;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "-V", versionHelp = true, description = "Print version information and exit.")
    boolean versionHelp;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new ParameterException(spec.commandLine(), "--output: " + file + " is a folder; name the file "
                    + "to write");
        }
        FactorPackage pkg = lib.open();
        Bundle bundle;
        try {
            bundle = version == null ? pkg.latestBundle() : pkg.bundle(version);
        } catch (UnknownVersionException e) {
            // handled here rather than by the error handler: the message gains the versions the package has
            PrintWriter err = spec.commandLine().getErr();
            err.println("rdr: " + e.getMessage() + "; known versions: " + knownVersions(pkg));
            err.flush();
            return ExitCodes.forException(e);
        }
        bundle.copyTo(file);
        LOG.infof("wrote %s (%d bytes) to %s", bundle.fileName(), bundle.size(), file);
        PrintWriter out = spec.commandLine().getOut();
        if (output.isJson()) {
            output.printJson(out, FactorLibJson.bundle(bundle, file));
        } else {
            out.println("wrote " + bundle.fileName() + " (version " + bundle.version() + ", " + bundle.size()
                    + " bytes, sha256 " + bundle.sha256() + ") to " + file);
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static String knownVersions(FactorPackage pkg) {
        String known = pkg.versions().stream().map(v -> v.version().toString()).collect(Collectors.joining(", "));
        return known.isEmpty() ? "none" : known;
    }
}
