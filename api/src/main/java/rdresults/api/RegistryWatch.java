package rdresults.api;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import rdresults.api.catalog.CatalogExportScheduler;
import rdresults.registry.RegistryException;

/**
 * Looks at the registry file every {@code rdr.api.reload-interval}, so a registry replaced while nobody asks is
 * noticed all the same ({@link RegistryAccess}: the pool is opened on the new file), and exports the catalogs again
 * from the new file when the service exports at all ({@code rdr.export.on-start}): at once after a replacement (a
 * renamed file keeps its older modification time), and after a write in place when the registry is now newer than
 * a catalog (so an overwrite by {@code cp} is exported again, while a WAL writer, which changes the main file only
 * at checkpoints, causes an export at most then).
 */
@ApplicationScoped
public class RegistryWatch {

    private static final Logger LOG = Logger.getLogger(RegistryWatch.class);

    private final RegistryAccess registry;
    private final CatalogExportScheduler refresher;
    private final boolean exports;
    private long replacementsSeen;
    private long rewritesSeen;

    public RegistryWatch(RegistryAccess registry, CatalogExportScheduler refresher, RdrConfig config) {
        this.registry = registry;
        this.refresher = refresher;
        this.exports = config.export().onStart();
    }

    @Scheduled(every = "${rdr.api.reload-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void look() {
        try {
            registry.reader();
        } catch (RegistryException e) {
            // readiness and every registry endpoint report it; the file is looked at again next time
            LOG.debugf("registry unusable: %s", e.getMessage());
            return;
        }
        long replacements = registry.replacements();
        long rewrites = registry.rewrites();
        if (replacements != replacementsSeen) {
            replacementsSeen = replacements;
            rewritesSeen = rewrites;
            if (exports && refresher.refreshNow()) {
                LOG.infof("catalogs exported again from the replaced registry %s", registry.path());
            }
        } else if (rewrites != rewritesSeen) {
            rewritesSeen = rewrites;
            if (exports && refresher.refreshIfStale()) {
                LOG.infof("catalogs exported again from the registry %s written in place", registry.path());
            }
        }
    }
}
