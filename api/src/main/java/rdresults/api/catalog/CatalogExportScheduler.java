package rdresults.api.catalog;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import rdresults.api.CoreProducers;
import rdresults.api.FactorPackageAccess;
import rdresults.api.RdrConfig;
import rdresults.api.RegistryAccess;
import rdresults.export.CatalogExportJob;
import rdresults.export.CatalogFiles;
import rdresults.export.ExportAllOptions;
import rdresults.export.ExportProgress;
import rdresults.export.ExportSummary;
import rdresults.export.ExportWarnings;
import rdresults.export.LoopCatalogOptions;
import rdresults.export.WorkspaceReader;
import rdresults.model.RdrException;
import rdresults.registry.workspace.WorkspaceLocator;

/**
 * Keeps the catalogs as fresh as the registry: exports them at start-up when they are missing or older than the
 * registry and then reads them all into memory (in the background, so the service answers at once), and exports
 * again on the
 * {@code rdr.export.every} schedule when the registry changed. One export at a time; each swaps in atomically.
 */
@ApplicationScoped
public class CatalogExportScheduler {

    private static final Logger LOG = Logger.getLogger(CatalogExportScheduler.class);

    private final RdrConfig config;
    private final RegistryAccess registry;
    private final WorkspaceLocator locator;
    private final CatalogStore catalogs;
    private final CoreProducers paths;
    private final FactorPackageAccess factorPackage;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean started = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rdr-catalog-export");
        t.setDaemon(true);
        return t;
    });

    public CatalogExportScheduler(RdrConfig config, RegistryAccess registry, WorkspaceLocator locator,
                                  CatalogStore catalogs, CoreProducers paths, FactorPackageAccess factorPackage) {
        this.config = config;
        this.registry = registry;
        this.locator = locator;
        this.catalogs = catalogs;
        this.paths = paths;
        this.factorPackage = factorPackage;
    }

    // after the server listens (an async event): the first requests do not wait for a start-up slowed by this work
    void onStart(@ObservesAsync HttpServerStart event) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        background.submit(() -> {
            if (config.export().onStart()) {
                refreshIfStale();
            }
            preload();
        });
    }

    /** Reads the catalogs into memory now rather than on the first request for each. */
    private void preload() {
        try {
            catalogs.loadAll();
        } catch (RuntimeException e) {
            LOG.errorf(e, "preloading the catalogs failed; they are read on first use instead");
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        background.shutdownNow();
    }

    @Scheduled(every = "${rdr.export.every:off}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        refreshIfStale();
    }

    /** Exports when a catalog is missing or older than the registry; returns whether it exported. */
    public boolean refreshIfStale() {
        return refresh(true);
    }

    /**
     * Exports now, whatever the files' times: a registry replaced by a rename keeps the new file's (older)
     * modification time. Returns whether it exported.
     */
    public boolean refreshNow() {
        return refresh(false);
    }

    private boolean refresh(boolean onlyIfStale) {
        if (!running.tryLock()) {
            return false;
        }
        try {
            if (onlyIfStale && !CatalogFreshness.isStale(registry.path(), catalogs.catalogDir())) {
                return false;
            }
            ExportSummary summary = CatalogExportJob.run(registry.reader(), locator, options(), Clock.systemUTC(),
                    ExportProgress.NONE, new WorkspaceReader(new ExportWarnings()),
                    factorPackage.implementationsOrNull());
            LOG.infof("catalogs refreshed: %s", summary.line());
            catalogs.reload();
            return true;
        } catch (RdrException | java.io.UncheckedIOException e) {
            LOG.errorf("catalog export failed, serving the previous catalogs: %s", e.getMessage());
            return false;
        } finally {
            running.unlock();
        }
    }

    private ExportAllOptions options() {
        Path root = paths.repoRoot();
        Path yaml = config.export().confYaml().map(root::resolve).orElse(root.resolve(CatalogFiles.DEFAULT_CONF_YAML));
        return new ExportAllOptions(root, catalogs.catalogDir(), yaml, false, LoopCatalogOptions.DEFAULTS);
    }
}
