package rdresults.api.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import rdresults.api.RegistryAccess;
import rdresults.api.catalog.CatalogKind;
import rdresults.api.catalog.CatalogSnapshot;
import rdresults.api.catalog.CatalogStore;
import rdresults.model.Artifact;
import rdresults.model.Loop;
import rdresults.model.LoopKey;
import rdresults.registry.RegistryException;
import rdresults.registry.query.ArtifactQuery;
import rdresults.registry.query.LoopQuery;

/**
 * The console's tables, rebuilt when a catalog is swapped or the registry file changes, else served as built.
 * A registry that cannot be read only costs the loop times; the catalogs are what the pages show.
 */
@ApplicationScoped
public class ConsoleData {

    private record Built(CatalogSnapshot factors, CatalogSnapshot loops, CatalogSnapshot strategies,
                         Optional<RegistryStamp> registry, ConsoleTables tables) {
    }

    private static final Logger LOG = Logger.getLogger(ConsoleData.class);
    private static final ArtifactQuery MISSING = new ArtifactQuery(null, null, null, null, "missing", null, null);

    private final CatalogStore catalogs;
    private final RegistryAccess registry;
    private final AtomicReference<Built> built = new AtomicReference<>();

    public ConsoleData(CatalogStore catalogs, RegistryAccess registry) {
        this.catalogs = catalogs;
        this.registry = registry;
    }

    public CatalogStore catalogs() {
        return catalogs;
    }

    public RegistryAccess registry() {
        return registry;
    }

    /** @throws rdresults.api.catalog.CatalogUnavailableException when a catalog is missing or corrupt */
    public ConsoleTables tables() {
        CatalogSnapshot factors = catalogs.get(CatalogKind.FACTORS);
        CatalogSnapshot loops = catalogs.get(CatalogKind.LOOPS);
        CatalogSnapshot strategies = catalogs.get(CatalogKind.STRATEGIES);
        Optional<RegistryStamp> stamp = RegistryStamp.of(registry.path());
        Built b = built.get();
        if (b != null && b.factors() == factors && b.loops() == loops && b.strategies() == strategies
                && b.registry().equals(stamp)) {
            return b.tables();
        }
        ConsoleTables tables = ConsoleTables.build(CatalogEntries.all(factors), CatalogEntries.all(loops),
                CatalogEntries.all(strategies), registryLoops(), missingArtifacts());
        built.set(new Built(factors, loops, strategies, stamp, tables));
        return tables;
    }

    private Map<LoopKey, Loop> registryLoops() {
        Map<LoopKey, Loop> out = new HashMap<>();
        try {
            registry.reader().allLoops(LoopQuery.ALL).forEach(l -> out.put(l.key(), l));
        } catch (RegistryException e) {
            // the pages still show the catalogs; only the loop times and per-run counts are missing
            LOG.debugf("console tables without registry loops: %s", e.getMessage());
            return Map.of();
        }
        return out;
    }

    /** How many of each loop's registered artifacts the last scan found missing on disk. */
    private Map<LoopKey, Integer> missingArtifacts() {
        Map<LoopKey, Integer> out = new HashMap<>();
        try {
            for (Artifact a : registry.reader().allArtifacts(MISSING, false)) {
                if (a.taskRunId() != null && a.loopId() != null) {
                    out.merge(new LoopKey(a.taskRunId(), a.loopId()), 1, Integer::sum);
                }
            }
        } catch (RegistryException e) {
            LOG.debugf("console tables without missing-artifact counts: %s", e.getMessage());
            return Map.of();
        }
        return out;
    }

    /** Size and modification time of the registry and its WAL: they change with every write. */
    record RegistryStamp(long size, long modified, long walSize, long walModified) {

        static Optional<RegistryStamp> of(Path db) {
            try {
                Path wal = db.resolveSibling(db.getFileName() + "-wal");
                long walSize = java.nio.file.Files.exists(wal) ? java.nio.file.Files.size(wal) : -1;
                long walModified = walSize < 0 ? -1 : java.nio.file.Files.getLastModifiedTime(wal).toMillis();
                return Optional.of(new RegistryStamp(java.nio.file.Files.size(db),
                        java.nio.file.Files.getLastModifiedTime(db).toMillis(), walSize, walModified));
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        }
    }

    static List<String> sorted(java.util.Collection<String> values) {
        return values.stream().filter(v -> v != null && !v.isEmpty()).distinct().sorted().toList();
    }
}
