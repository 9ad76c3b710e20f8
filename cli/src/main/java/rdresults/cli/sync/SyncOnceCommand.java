package rdresults.cli.sync;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import rdresults.cli.ExitCodes;
import rdresults.cli.OutputOptions;
import rdresults.cli.RdrVersionProvider;
import rdresults.cli.VerbosityOptions;
import rdresults.sync.SyncDatabase;
import rdresults.sync.SyncRunner;
import rdresults.sync.http.ResultsApiClient;
import rdresults.sync.report.SyncReport;

/** {@code rdr sync once}: one sync run, reported per resource. */
@Command(name = "once", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = RdrVersionProvider.class,
        description = {"Sync the results API into the consumer database once.",
            "Creates or upgrades the schema, then syncs factor package versions, factors with the Alpha158 meta, "
                + "strategies, models and loops, each in its own transaction. Prints a table per resource "
                + "(--json: a JSON document) on stdout and a summary as the last line on stderr.",
            "Exit 0 when every resource synced; 4 when the API is unavailable or refuses a request, or the "
                + "database is unavailable or locked by another run; 5 when a malformed payload was rejected; "
                + "3 for an unsupported --db URL or a schema that cannot be migrated; 2 for usage errors."})
class SyncOnceCommand implements Callable<Integer> {

    @Mixin
    SyncRunOptions run;

    @Mixin
    SyncDatabaseOptions database;

    @Mixin
    OutputOptions output;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ResultsApiClient client = run.client();
        SyncDatabase db = database.open();
        SyncReport report = SyncRunner.create(client, db, run.syncOptions()).once();
        PrintWriter out = spec.commandLine().getOut();
        if (output.isJson()) {
            output.printJson(out, SyncReports.toJson(run.api(), db.maskedUrl(), report));
        } else {
            SyncReports.printTable(out, report);
        }
        PrintWriter err = spec.commandLine().getErr();
        String failure = SyncReports.failureLine(report);
        if (!failure.isEmpty()) {
            err.println(failure);
        }
        err.println(SyncReports.summaryLine(run.api(), db.maskedUrl(), report));
        err.flush();
        return ExitCodes.forSyncFailures(report.failureKinds());
    }
}
