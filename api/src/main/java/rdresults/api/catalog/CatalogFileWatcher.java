package rdresults.api.catalog;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Picks up catalog files replaced by an external {@code rdr export} (checked every {@code rdr.api.reload-interval}). */
@ApplicationScoped
public class CatalogFileWatcher {

    private final CatalogStore catalogs;

    public CatalogFileWatcher(CatalogStore catalogs) {
        this.catalogs = catalogs;
    }

    @Scheduled(every = "${rdr.api.reload-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reloadChangedCatalogs() {
        catalogs.reload();
    }
}
