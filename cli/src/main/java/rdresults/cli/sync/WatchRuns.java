package rdresults.cli.sync;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import rdresults.cli.ExitCodes;

/**
 * The runs of one {@code rdr sync watch}: numbers them, and ends the command's wait after {@code --max-runs} runs
 * or when a run fails unexpectedly (a bug, not a sync failure; those are reported by the run and the loop goes
 * on). {@link #tick()} is called by the {@link WatchTimer}, never concurrently with itself.
 */
final class WatchRuns {

    /** One run; returns its exit code. */
    @FunctionalInterface
    interface Run {
        int run(int number);
    }

    private final int maxRuns;
    private final Run run;
    private final AtomicInteger started = new AtomicInteger();
    private final CountDownLatch end = new CountDownLatch(1);
    private volatile int lastExitCode = ExitCodes.OK;
    private volatile RuntimeException unexpected;

    /** {@code maxRuns} 0: until the process is stopped. */
    WatchRuns(int maxRuns, Run run) {
        this.maxRuns = maxRuns;
        this.run = run;
    }

    /** Runs the next run, unless the watch has ended. */
    void tick() {
        if (end.getCount() == 0) {
            return;
        }
        int number = started.incrementAndGet();
        if (maxRuns > 0 && number > maxRuns) {
            return;
        }
        try {
            lastExitCode = run.run(number);
        } catch (RuntimeException e) {
            // not swallowed: handed to the command's thread, which rethrows it to the CLI's error handler
            unexpected = e;
            end.countDown();
            return;
        }
        if (maxRuns > 0 && number == maxRuns) {
            end.countDown();
        }
    }

    /**
     * Waits until the watch ends.
     *
     * @return the exit code of the last run
     * @throws RuntimeException the unexpected failure of a run
     */
    int awaitEnd() throws InterruptedException {
        end.await();
        if (unexpected != null) {
            throw unexpected;
        }
        return lastExitCode;
    }

    /** Runs started so far. */
    int runs() {
        return Math.min(started.get(), maxRuns > 0 ? maxRuns : Integer.MAX_VALUE);
    }
}
