package rdresults.export.internal.pass;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import rdresults.export.ExportContext;
import rdresults.export.ExportException;
import rdresults.export.ExportWarnings;
import rdresults.model.FailureCategory;

/**
 * Visits the registry's workspaces once ({@link VisitPlan}) and feeds every {@link CatalogPart} from each visit, so
 * {@code export all} reads each folder once for all catalogs, and holds the files of only a few folders at a time.
 *
 * <p>With more than one thread ({@link rdresults.export.WorkspaceReader#threads()}) the parts' reads run on a
 * pool, a bounded number of visits ahead; the calling thread runs the recording steps and moves each visit's
 * warnings into the export's, strictly in visit order. Outputs and warnings are therefore the same for every
 * thread count.
 */
public final class WorkspacePass {

    private static final Logger LOG = Logger.getLogger(WorkspacePass.class);

    /** Visits read ahead per thread: keeps the pool busy while bounding the folders held in memory. */
    private static final int AHEAD_PER_THREAD = 4;

    private final ExportContext context;
    private final List<CatalogPart> parts;

    private WorkspacePass(ExportContext context, List<CatalogPart> parts) {
        this.context = context;
        this.parts = List.copyOf(parts);
    }

    /** Runs one pass feeding {@code parts}; afterwards each part's {@link CatalogPart#entries()} is complete. */
    public static void run(ExportContext context, List<? extends CatalogPart> parts) {
        new WorkspacePass(context, List.copyOf(parts)).run();
    }

    private void run() {
        long start = System.nanoTime();
        List<PlannedVisit> plan = VisitPlan.of(context).stream()
                .filter(v -> parts.stream().anyMatch(p -> p.wants(v)))
                .toList();
        int threads = Math.min(context.workspaces().threads(), Math.max(plan.size(), 1));
        if (threads == 1) {
            plan.forEach(v -> record(read(v)));
        } else {
            runOnPool(plan, threads);
        }
        LOG.debugf("workspace pass: %d visits for %d catalogs on %d threads in %d ms", plan.size(), parts.size(),
                threads, (System.nanoTime() - start) / 1_000_000);
    }

    private void runOnPool(List<PlannedVisit> plan, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, new DaemonThreads());
        try {
            ArrayDeque<Future<Visited>> ahead = new ArrayDeque<>();
            Iterator<PlannedVisit> next = plan.iterator();
            while (next.hasNext() || !ahead.isEmpty()) {
                while (next.hasNext() && ahead.size() < threads * AHEAD_PER_THREAD) {
                    PlannedVisit v = next.next();
                    ahead.add(pool.submit(() -> read(v)));
                }
                record(await(ahead.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Opens the folder and lets each part that wants the visit read it; safe on any thread. */
    private Visited read(PlannedVisit planned) {
        ExportWarnings warnings = ExportWarnings.buffer();
        WorkspaceVisit visit = new WorkspaceVisit(planned,
                context.files(planned.workspace(), warnings).orElse(null), warnings);
        List<Runnable> steps = new ArrayList<>(parts.size());
        for (CatalogPart part : parts) {
            if (part.wants(planned)) {
                steps.add(part.read(visit));
            }
        }
        return new Visited(visit, steps);
    }

    /** Runs on the calling thread, in visit order. */
    private void record(Visited visited) {
        visited.steps().forEach(Runnable::run);
        visited.visit().warnings().moveTo(context.warnings());
    }

    private static Visited await(Future<Visited> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new ExportException("workspace visit failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException(FailureCategory.UNAVAILABLE, "export interrupted while reading workspaces", e);
        }
    }

    private record Visited(WorkspaceVisit visit, List<Runnable> steps) {
    }

    /** Daemon threads, so a failed export never keeps the process alive; named for thread dumps. */
    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "rdr-workspace-reader-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
