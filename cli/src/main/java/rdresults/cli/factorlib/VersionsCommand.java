package rdresults.cli.factorlib;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import rdresults.cli.ExitCodes;
import rdresults.cli.OutputOptions;
import rdresults.cli.RdrVersionProvider;
import rdresults.cli.TextTable;
import rdresults.cli.VerbosityOptions;
import rdresults.factorlib.FactorPackage;
import rdresults.factorlib.PackageVersion;
import rdresults.factorlib.SemVer;

/** {@code rdr factor-lib versions}: every committed version with its archive. */
@Command(name = "versions", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = RdrVersionProvider.class,
        description = {"List the package's committed versions.",
            "Oldest first (the last is the current one): when each was created, how many functions it holds, and "
                + "its archive's sha256 and size."})
class VersionsCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(VersionsCommand.class);

    @Mixin
    FactorLibOptions lib;

    @Mixin
    OutputOptions output;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FactorPackage pkg = lib.open();
        SemVer current = pkg.currentVersion();
        List<PackageVersion> versions = pkg.versions();
        LOG.infof("factor package %s: %d versions, current %s", pkg.root(), versions.size(), current);
        PrintWriter out = spec.commandLine().getOut();
        if (output.isJson()) {
            output.printJson(out, FactorLibJson.versions(pkg.root(), current, versions));
        } else {
            new TextTable<PackageVersion>()
                    .column("VERSION", 32, PackageVersion::version)
                    .column("CREATED_AT_UTC", 40, PackageVersion::createdAtUtc)
                    .column("FUNCTIONS", 9, PackageVersion::functions)
                    .column("SHA256", 64, PackageVersion::archiveSha256)
                    .column("SIZE_BYTES", 12, PackageVersion::archiveBytes)
                    .print(out, versions);
        }
        return ExitCodes.OK;
    }
}
