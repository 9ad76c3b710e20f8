package rdresults.cli.sync;

import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduler;
import jakarta.inject.Inject;
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
import rdresults.model.InvalidInputException;
import rdresults.model.RdrException;
import rdresults.sync.SyncDatabase;
import rdresults.sync.SyncRunner;
import rdresults.sync.http.ResultsApiClient;
import rdresults.sync.report.SyncReport;

/**
 * {@code rdr sync watch}: a sync run every {@code --every}, as a job of the Quarkus scheduler that skips a tick
 * while the previous run is still in progress, so runs never overlap.
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

    static final String JOB = "rdr-sync-watch";

    /** The scheduler checks its jobs once a second: a shorter interval could not be kept. */
    private static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(SyncWatchCommand.class);

    private final Scheduler scheduler;

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

    @Inject
    SyncWatchCommand(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public Integer call() {
        if (every.compareTo(MIN_INTERVAL) < 0) {
            throw new ParameterException(spec.commandLine(), "--every must be at least 1s, got " + every);
        }
        if (maxRuns < 0) {
            throw new ParameterException(spec.commandLine(), "--max-runs must not be negative, got " + maxRuns);
        }
        if (!scheduler.isStarted()) {
            throw new InvalidInputException("the scheduler is disabled (quarkus.scheduler.enabled=false); "
                    + "'rdr sync watch' needs it");
        }
        ResultsApiClient client = run.client();
        SyncDatabase db = database.open();
        SyncRunner runner = SyncRunner.create(client, db, run.syncOptions());
        PrintWriter err = spec.commandLine().getErr();
        WatchRuns runs = new WatchRuns(maxRuns, n -> runOnce(n, runner, db, err));
        LOG.infof("syncing %s into %s every %s", run.api(), db.maskedUrl(), every);
        scheduler.newJob(JOB)
                .setInterval(every.toString())
                .setConcurrentExecution(ConcurrentExecution.SKIP)
                .setTask(execution -> runs.tick())
                .schedule();
        try {
            return runs.awaitEnd();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.infof("watch interrupted after %d runs", runs.runs());
            return ExitCodes.OK;
        } finally {
            scheduler.unscheduleJob(JOB);
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
