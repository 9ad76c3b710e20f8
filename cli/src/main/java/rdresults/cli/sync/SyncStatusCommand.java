package rdresults.cli.sync;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import rdresults.cli.ExitCodes;
import rdresults.cli.OutputOptions;
import rdresults.cli.RdrVersionProvider;
import rdresults.cli.VerbosityOptions;
import rdresults.sync.SyncDatabase;
import rdresults.sync.SyncStatus;
import rdresults.sync.status.StatusReport;

/** {@code rdr sync status}: what the syncs left in the consumer database. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = RdrVersionProvider.class,
        description = {"Show the last sync of each resource and the factor library version alignment.",
            "Per resource: last outcome, last success and change, entries, live table rows, the counts of the "
                + "last run, failures in a row and the last error. With --factor-lib, compares the "
                + "impl_version the synced factors point at with the installed rd_factors_lib.",
            "Exit 0 when the database could be read (whatever the syncs did), 3 when the SQLite file does not "
                + "exist or the --db URL is unsupported, 4 when the database is unavailable."})
class SyncStatusCommand implements Callable<Integer> {

    @Mixin
    SyncDatabaseOptions database;

    @Option(names = "--factor-lib", paramLabel = "ROOT",
            description = "An installed factor package root (or its rd_factors_lib folder) to compare versions "
                    + "with.")
    Path factorLib;

    @Mixin
    OutputOptions output;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SyncDatabase db = database.openExisting();
        StatusReport report = factorLib == null ? SyncStatus.read(db)
                : SyncStatus.read(db, factorLib.toAbsolutePath().normalize());
        PrintWriter out = spec.commandLine().getOut();
        if (output.isJson()) {
            output.printJson(out, StatusReports.toJson(report));
        } else {
            StatusReports.print(out, report);
        }
        return ExitCodes.OK;
    }
}
