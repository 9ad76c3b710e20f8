package rdresults.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rdresults.api.catalog.CatalogIndexFiles;
import rdresults.api.catalog.CatalogSpool;
import rdresults.api.catalog.CatalogStore;
import rdresults.registry.workspace.PathMapping;
import rdresults.registry.workspace.WorkspaceLocator;

/** Wires the plain-Java core from {@link RdrConfig}: the only place the service builds core objects. */
@ApplicationScoped
public class CoreProducers {

    private final RdrConfig config;

    public CoreProducers(RdrConfig config) {
        this.config = config;
    }

    public Path repoRoot() {
        return Path.of(config.repoRoot()).toAbsolutePath().normalize();
    }

    Path registryPath() {
        return config.registrySqlite().map(p -> repoRoot().resolve(p))
                .orElse(repoRoot().resolve("RDagentDB/registry.sqlite")).normalize();
    }

    Path catalogDir() {
        return config.catalogDir().map(p -> repoRoot().resolve(p))
                .orElse(repoRoot().resolve("RDagentDB/aistock")).normalize();
    }

    @Produces
    @ApplicationScoped
    RegistryAccess registryAccess() {
        return new RegistryAccess(registryPath());
    }

    void closeRegistry(@Disposes RegistryAccess access) {
        access.close();
    }

    @Produces
    @ApplicationScoped
    CatalogStore catalogStore() {
        Optional<String> indexDir = config.api().indexDir();
        CatalogIndexFiles indexes = indexDir.filter("off"::equalsIgnoreCase).isPresent() ? CatalogIndexFiles.NONE
                : CatalogIndexFiles.forCatalogDir(Path.of(indexDir.orElse(System.getProperty("java.io.tmpdir"))),
                        catalogDir());
        return new CatalogStore(catalogDir(), CatalogSpool.inTempDir(), indexes);
    }

    void closeCatalogs(@Disposes CatalogStore catalogs) {
        catalogs.close();
    }

    @Produces
    @ApplicationScoped
    FactorPackageAccess factorPackage() {
        Optional<String> configured = config.factorLib().root()
                .or(() -> Optional.ofNullable(System.getenv("RD_FACTORS_LIB_ROOT")).filter(s -> !s.isBlank()));
        return new FactorPackageAccess(configured.map(p -> repoRoot().resolve(p).normalize()));
    }

    @Produces
    @ApplicationScoped
    WorkspaceLocator workspaceLocator() {
        List<PathMapping> maps = new ArrayList<>();
        config.pathMaps().orElse(List.of()).forEach(m -> maps.add(PathMapping.parse(m)));
        return WorkspaceLocator.forRegistry(registryPath(), maps);
    }
}
