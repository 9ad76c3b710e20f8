package rdresults.cli.sync;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The clock of {@code rdr sync watch}: starts a task at once, then at every multiple of the interval after the first
 * start, on one thread, so runs never overlap; a start that falls while the task is still running is skipped, not
 * queued. A plain JDK scheduler rather than the Quarkus scheduler, whose Vert.x event loops every other command
 * would pay for at start-up.
 */
final class WatchTimer implements AutoCloseable {

    /** How long {@link #close} lets a run in progress finish before interrupting it. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final long intervalNanos;
    private final Runnable task;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rdr-sync-watch");
        thread.setDaemon(true);
        return thread;
    });
    private long firstStart;

    WatchTimer(Duration interval, Runnable task) {
        this.intervalNanos = interval.toNanos();
        this.task = task;
    }

    void start() {
        executor.execute(() -> {
            firstStart = System.nanoTime();
            runAndScheduleNext();
        });
    }

    private void runAndScheduleNext() {
        try {
            task.run();
        } finally {
            long elapsed = System.nanoTime() - firstStart;
            long next = (elapsed / intervalNanos + 1) * intervalNanos;
            try {
                executor.schedule(this::runAndScheduleNext, next - elapsed, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException stopped) {
                // closed while the task ran: no further starts
            }
        }
    }

    /**
     * Stops the starts; a run in progress gets {@link #STOP_GRACE} to finish, then its thread is interrupted (the
     * sync rolls back the resource in progress and releases its lock).
     */
    @Override
    public void close() {
        stop(executor, STOP_GRACE);
    }

    private static void stop(ExecutorService executor, Duration grace) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
