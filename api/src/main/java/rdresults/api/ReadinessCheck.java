package rdresults.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import rdresults.api.catalog.CatalogStore;

/**
 * Ready when the registry is readable and every catalog is loaded (a stale one, served from its last good file,
 * counts as loaded); the response names each catalog with its state, so it says what readiness waited for.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    private final RegistryAccess registry;
    private final CatalogStore catalogs;

    public ReadinessCheck(RegistryAccess registry, CatalogStore catalogs) {
        this.registry = registry;
        this.catalogs = catalogs;
    }

    @Override
    public HealthCheckResponse call() {
        boolean registryOk = registry.isReadable();
        boolean catalogsOk = catalogs.allLoaded();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("results")
                .status(registryOk && catalogsOk)
                .withData("registry", registryOk ? "readable" : "unavailable: " + registry.path());
        catalogs.states().forEach(b::withData);
        return b.build();
    }
}
