package rdresults.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import rdresults.testkit.internal.plan.LoopPlan;

/**
 * Writes loops on a few threads and hands their outputs to a consumer strictly in plan order. Writing ~200,000
 * small files is syscall-bound, so overlapping them pays even on two cores; the ordered hand-off keeps the
 * database inserts, and therefore the database, identical from run to run.
 */
final class ParallelLoopWriter implements AutoCloseable {

    /** Loops in flight at most; bounds memory while keeping every thread busy. */
    private static final int WINDOW = 64;

    private final LoopWriter writer;
    private final ExecutorService pool;

    ParallelLoopWriter(LoopWriter writer) {
        this.writer = writer;
        int threads = Math.max(2, Math.min(8, 2 * Runtime.getRuntime().availableProcessors()));
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "synthetic-registry-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    void writeAll(List<LoopPlan> loops, Consumer<LoopOutput> inOrder) {
        Deque<Future<LoopOutput>> inFlight = new ArrayDeque<>();
        for (LoopPlan loop : loops) {
            inFlight.add(pool.submit(() -> writer.write(loop)));
            if (inFlight.size() >= WINDOW) {
                inOrder.accept(await(inFlight.poll()));
            }
        }
        while (!inFlight.isEmpty()) {
            inOrder.accept(await(inFlight.poll()));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static LoopOutput await(Future<LoopOutput> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing workspaces", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("writing workspaces failed", e.getCause());
        }
    }
}
