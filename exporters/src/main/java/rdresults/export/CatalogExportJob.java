package rdresults.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;
import rdresults.export.internal.factor.FactorCatalogPart;
import rdresults.export.internal.factor.ImplementationFields;
import rdresults.export.internal.loop.LoopCatalogPart;
import rdresults.export.internal.model.ModelCatalogPart;
import rdresults.export.internal.pass.CatalogPart;
import rdresults.export.internal.pass.EntrySpool;
import rdresults.export.internal.pass.WorkspacePass;
import rdresults.export.internal.strategy.StrategyCatalogPart;
import rdresults.factorlib.resolve.FactorImplementations;
import rdresults.model.Catalog;
import rdresults.model.FailureCategory;
import rdresults.registry.RegistryReader;
import rdresults.registry.workspace.WorkspaceLocator;

/**
 * {@code export all}: the Alpha158 meta, then the four catalogs from one {@link WorkspacePass}, which reads every
 * registry row and workspace folder once for all of them. The Alpha158 meta is written first and merged into the
 * factor catalog; the catalogs are written, each atomically, once the pass is done. Memory stays small whatever
 * the registry's size: the pass holds a few folders at a time and the large catalogs' entries wait in a temporary
 * file ({@link EntrySpool}).
 */
public final class CatalogExportJob {

    private static final Logger LOG = Logger.getLogger(CatalogExportJob.class);

    private CatalogExportJob() {
    }

    public static ExportSummary run(RegistryReader registry, WorkspaceLocator locator, ExportAllOptions options,
                                    Clock clock, ExportProgress progress) {
        return run(registry, locator, options, clock, progress, new WorkspaceReader(new ExportWarnings()));
    }

    /** As the other {@code run}, reading workspaces through {@code workspaces} (its warnings and thread count). */
    public static ExportSummary run(RegistryReader registry, WorkspaceLocator locator, ExportAllOptions options,
                                    Clock clock, ExportProgress progress, WorkspaceReader workspaces) {
        return run(registry, locator, options, clock, progress, workspaces, null);
    }

    /**
     * As the other {@code run}, with the Alpha158 meta and the factor catalog resolved against a factor package
     * ({@link Alpha158Pointers}, {@link ImplementationFields}); {@code implementations} null for none.
     */
    public static ExportSummary run(RegistryReader registry, WorkspaceLocator locator, ExportAllOptions options,
                                    Clock clock, ExportProgress progress, WorkspaceReader workspaces,
                                    FactorImplementations implementations) {
        long start = System.nanoTime();
        ExportWarnings warnings = workspaces.warnings();
        ExportContext context = new ExportContext(registry, locator, workspaces, clock);
        Map<String, Integer> written = new LinkedHashMap<>();
        Path out = options.outDir();
        ExportTargets.checkWritable(targets(options));
        List<Path> alphaMeta = options.confYaml() == null ? List.of()
                : writeAlphaMeta(context, options, progress, written, implementations);
        try (EntrySpool spool = EntrySpool.inTempFile()) {
            List<Output> outputs = List.of(
                    new Output(CatalogFiles.FACTORS, FactorCatalogExporter.LIST_KEY,
                            new FactorCatalogPart(context, new FactorCatalogOptions(alphaMeta, implementations))),
                    new Output(CatalogFiles.STRATEGIES, StrategyCatalogExporter.LIST_KEY,
                            new StrategyCatalogPart(spool)),
                    new Output(CatalogFiles.LOOPS, LoopCatalogExporter.LIST_KEY,
                            new LoopCatalogPart(context.loopWorkspaces(), options.loops(), spool)),
                    new Output(CatalogFiles.MODELS, ModelCatalogExporter.LIST_KEY,
                            new ModelCatalogPart(context, spool)));
            outputs.forEach(o -> progress.step(o.file(), -1));
            WorkspacePass.run(context, outputs.stream().map(Output::part).toList());
            writeAll(outputs, out, context, Math.min(workspaces.threads(), outputs.size()))
                    .forEach((file, entries) -> {
                        written.put(file, entries);
                        progress.step(file, entries);
                    });
        }
        ExportSummary summary = new ExportSummary(out, written, warnings.count(), warnings.examples(),
                Duration.ofNanos(System.nanoTime() - start));
        LOG.info(summary.line());
        return summary;
    }

    /**
     * Writes the catalogs, {@code threads} at a time (reading the spooled entries and writing the files is a good
     * part of a second on a large registry, and the files are independent); returns the entry counts in
     * {@code outputs} order.
     */
    private static Map<String, Integer> writeAll(List<Output> outputs, Path out, ExportContext context, int threads) {
        List<Callable<Integer>> writes = new ArrayList<>();
        for (Output o : outputs) {
            List<byte[]> entries = o.part().entries();
            writes.add(() -> {
                long writeStart = System.nanoTime();
                int n = CatalogWriter.write(out.resolve(o.file()), o.listKey(), entries, context.now());
                LOG.debugf("%s: %d entries written in %d ms", o.file(), n,
                        (System.nanoTime() - writeStart) / 1_000_000);
                return n;
            });
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (threads <= 1) {
            for (int i = 0; i < outputs.size(); i++) {
                counts.put(outputs.get(i).file(), call(writes.get(i)));
            }
            return counts;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rdr-catalog-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Integer>> done = writes.stream().map(pool::submit).toList();
            for (int i = 0; i < outputs.size(); i++) {
                counts.put(outputs.get(i).file(), await(done.get(i)));
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int call(Callable<Integer> write) {
        try {
            return write.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw ExportException.writing(e.getMessage(), e);
        }
    }

    private static int await(Future<Integer> write) {
        try {
            return write.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw ExportException.writing(String.valueOf(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException(FailureCategory.UNAVAILABLE, "export interrupted while writing catalogs", e);
        }
    }

    /** Every file the run writes: the meta when a template YAML is configured, and the four catalogs. */
    private static List<Path> targets(ExportAllOptions options) {
        List<Path> targets = new ArrayList<>();
        if (options.confYaml() != null) {
            targets.add(options.outDir().resolve(CatalogFiles.ALPHA158));
        }
        for (String file : List.of(CatalogFiles.FACTORS, CatalogFiles.STRATEGIES, CatalogFiles.LOOPS,
                CatalogFiles.MODELS)) {
            targets.add(options.outDir().resolve(file));
        }
        return targets;
    }

    /** Writes the meta; returns its path, or nothing when the template YAML is unusable (warned). */
    private static List<Path> writeAlphaMeta(ExportContext context, ExportAllOptions options,
                                             ExportProgress progress, Map<String, Integer> written,
                                             FactorImplementations implementations) {
        Path alphaFile = options.outDir().resolve(CatalogFiles.ALPHA158);
        progress.step(CatalogFiles.ALPHA158, -1);
        try {
            ObjectNode document = Alpha158MetaExporter.export(context, new Alpha158MetaOptions(options.confYaml(),
                    options.configPath(), options.alpha158Full()));
            if (implementations != null) {
                Alpha158Pointers.addTo(document, implementations);
            }
            CatalogWriter.write(alphaFile, document);
            int entries = document.path(Catalog.ALPHA158.listKey()).size();
            written.put(CatalogFiles.ALPHA158, entries);
            progress.step(CatalogFiles.ALPHA158, entries);
            return List.of(alphaFile);
        } catch (ExportException e) {
            // the registry's catalogs do not depend on the template YAML; say why the meta is missing, go on
            context.warnings().warn("alpha158 meta not exported: " + e.getMessage());
            return List.of();
        }
    }

    private record Output(String file, String listKey, CatalogPart part) {
    }
}
