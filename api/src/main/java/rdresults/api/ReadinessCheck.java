package rdresults.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import rdresults.api.catalog.CatalogStore;
import rdresults.registry.RegistryException;

/**
 * Ready when the registry is readable now (checked at every probe: file, header and one query, see
 * {@link RegistryAccess#check}) and every catalog is loaded (a stale one, served from its last good file, counts as
 * loaded); the response names each catalog with its state, so it says what readiness waited for, with paths
 * relative to the repository root (the body needs no token).
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    private static final String READABLE = "readable";

    private final RegistryAccess registry;
    private final CatalogStore catalogs;
    private final PathRedaction paths;

    public ReadinessCheck(RegistryAccess registry, CatalogStore catalogs, PathRedaction paths) {
        this.registry = registry;
        this.catalogs = catalogs;
        this.paths = paths;
    }

    @Override
    public HealthCheckResponse call() {
        String registryState = registryState();
        boolean catalogsOk = catalogs.allLoaded();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("results")
                .status(registryState.equals(READABLE) && catalogsOk)
                .withData("registry", registryState);
        catalogs.states().forEach((name, state) -> b.withData(name, paths.redact(state)));
        return b.build();
    }

    private String registryState() {
        try {
            registry.check();
            return READABLE;
        } catch (RegistryException e) {
            return "unavailable: " + paths.redact(e.getMessage());
        }
    }
}
