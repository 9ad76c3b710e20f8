package rdresults.cli.sync;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import rdresults.cli.ExitCodes;
import rdresults.cli.RdrVersionProvider;
import rdresults.cli.VerbosityOptions;
import rdresults.model.RdrException;
import rdresults.sync.SyncDatabase;
import rdresults.sync.SyncRunner;
import rdresults.sync.http.ResultsApiClient;
import rdresults.sync.report.SyncReport;

/**
 * {@code rdr sync watch}: a sync run every {@code --every} ({@link WatchTimer}: a start that falls while the previous
 * run is still in progress is skipped, so runs never overlap).
 */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = RdrVersionProvider.class,
        description = {"Sync the results API into the consumer database every D, until stopped (Ctrl-C, SIGTERM).",
            "The first run starts at once. A run still in progress when the next is due is never overlapped: "
                + "that tick is skipped. Each run prints its summary line on stderr; a failed run also prints "
                + "an 'rdr:' line, and the next run goes on. When stopped, a run in progress gets up to 10s to "
                + "finish, then it is interrupted: the resource in progress is rolled back, the run lock released.",
            "Exit: with --max-runs, the code of the last run (see 'rdr sync once --help'); 2 for usage errors, "
                + "3 for an unsupported --db URL."})
class SyncWatchCommand implements Callable<Integer> {

    /** Below a second a watch would only hammer the API: a run of the sample alone takes longer. */
    private static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(SyncWatchCommand.class);

    @Mixin
    SyncRunOptions run;

    @Mixin
    SyncDatabaseOptions database;

    @Option(names = "--every", paramLabel = "D", defaultValue = "10m", converter = DurationConverter.class,
            description = "Time between the starts of two runs, at least 1s: 30s, 10m, 1h, PT10M "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "0",
            description = "Stop after N runs (default: 0, run until stopped).")
    int maxRuns;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (every.compareTo(MIN_INTERVAL) < 0) {
            throw new ParameterException(spec.commandLine(), "--every must be at least 1s, got " + every);
        }
        if (maxRuns < 0) {
            throw new ParameterException(spec.commandLine(), "--max-runs must not be negative, got " + maxRuns);
        }
        ResultsApiClient client = run.client();
        SyncDatabase db = database.open();
        SyncRunner runner = SyncRunner.create(client, db, run.syncOptions());
        PrintWriter err = spec.commandLine().getErr();
        WatchRuns runs = new WatchRuns(maxRuns, n -> runOnce(n, runner, db, err));
        LOG.infof("syncing %s into %s every %s", run.api(), db.maskedUrl(), every);
        WatchTimer timer = new WatchTimer(every, runs::tick);
        // Ctrl-C or SIGTERM: the run in progress gets its grace period before the JVM exits
        Thread stop = new Thread(timer::close, "rdr-sync-watch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        timer.start();
        try {
            return runs.awaitEnd();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.infof("watch interrupted after %d runs", runs.runs());
            return ExitCodes.OK;
        } finally {
            timer.close();
            removeShutdownHook(stop);
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
    }

    /** One run: its summary line (and the failure line) on stderr; sync failures are reported, not thrown. */
    private int runOnce(int number, SyncRunner runner, SyncDatabase db, PrintWriter err) {
        int code;
        try {
            SyncReport report = runner.once();
            String failure = SyncReports.failureLine(report);
            if (!failure.isEmpty()) {
                err.println(failure);
            }
            err.println("run " + number + ": " + SyncReports.summaryLine(run.api(), db.maskedUrl(), report));
            code = ExitCodes.forSyncFailures(report.failureKinds());
        } catch (RdrException e) {
            LOG.debugf(e, "run %d failed", number);
            err.println("rdr: run " + number + " failed: " + e.getMessage());
            code = ExitCodes.forException(e);
        }
        err.flush();
        return code;
    }
}
