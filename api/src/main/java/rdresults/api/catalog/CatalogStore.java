package rdresults.api.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The catalogs, held in memory as ready-to-send snapshots. Each catalog is loaded on first use (so the service
 * answers its first request without parsing every catalog) and swapped atomically when its file changes on disk
 * (an {@code rdr export} run elsewhere, or this service's own export): a request never sees half a catalog.
 */
public final class CatalogStore {

    private static final Logger LOG = Logger.getLogger(CatalogStore.class);

    /** The state of one catalog file: its snapshot, or why there is none. */
    private record Slot(Optional<FileStamp> stamp, CatalogSnapshot snapshot, String problem) {
    }

    /** The factor index with the two snapshots it was built from. */
    private record Indexed(CatalogSnapshot factors, CatalogSnapshot loops, FactorIndex index) {
    }

    private final Path catalogDir;
    private final Map<CatalogKind, AtomicReference<Slot>> slots = new EnumMap<>(CatalogKind.class);
    private final AtomicReference<Indexed> factorIndex = new AtomicReference<>();

    public CatalogStore(Path catalogDir) {
        this.catalogDir = catalogDir;
        for (CatalogKind kind : CatalogKind.values()) {
            slots.put(kind, new AtomicReference<>());
        }
    }

    public Path catalogDir() {
        return catalogDir;
    }

    /** The snapshot of {@code kind}. @throws CatalogUnavailableException when it is missing or corrupt */
    public CatalogSnapshot get(CatalogKind kind) {
        Slot slot = slot(kind);
        if (slot.snapshot() == null) {
            throw new CatalogUnavailableException(slot.problem());
        }
        return slot.snapshot();
    }

    /** Whether {@code kind} was read (as a snapshot or as a recorded problem), so asking for it reads no file. */
    public boolean isLoaded(CatalogKind kind) {
        return slots.get(kind).get() != null;
    }

    /** Whether the factor index matches the loaded factor and loop catalogs, so asking for it builds nothing. */
    public boolean isFactorIndexReady() {
        Indexed current = factorIndex.get();
        Slot factors = slots.get(CatalogKind.FACTORS).get();
        Slot loops = slots.get(CatalogKind.LOOPS).get();
        return current != null && factors != null && loops != null && current.factors() == factors.snapshot()
                && current.loops() == loops.snapshot();
    }

    /**
     * Reads every catalog not read yet, smallest file first, and builds the factor index: run once in the background
     * at start-up, so requests find everything in memory.
     */
    public void loadAll() {
        List<CatalogKind> kinds = new ArrayList<>(List.of(CatalogKind.values()));
        kinds.sort(Comparator.comparingLong(k -> FileStamp.of(file(k)).map(FileStamp::size).orElse(0L)));
        kinds.forEach(this::slot);
        refreshFactorIndex();
    }

    /** Factor records by name, built from the current factor and loop catalogs (the loops may be missing). */
    public FactorIndex factorIndex() {
        CatalogSnapshot factors = get(CatalogKind.FACTORS);
        CatalogSnapshot loops = slot(CatalogKind.LOOPS).snapshot();
        Indexed current = factorIndex.get();
        if (current == null || current.factors() != factors || current.loops() != loops) {
            current = new Indexed(factors, loops, FactorIndex.build(factors, loops));
            factorIndex.set(current);
        }
        return current.index();
    }

    /** Whether every catalog is loaded (loading those not tried yet). */
    public boolean allLoaded() {
        for (CatalogKind kind : CatalogKind.values()) {
            if (slot(kind).snapshot() == null) {
                return false;
            }
        }
        return true;
    }

    /** Problems of catalogs that are not loaded, by file name. */
    public Map<String, String> problems() {
        Map<String, String> out = new TreeMap<>();
        for (CatalogKind kind : CatalogKind.values()) {
            Slot s = slot(kind);
            if (s.snapshot() == null) {
                out.put(kind.fileName(), s.problem());
            }
        }
        return out;
    }

    /** Re-reads the catalog files already in use whose size or modification time changed. */
    public void reload() {
        for (CatalogKind kind : CatalogKind.values()) {
            AtomicReference<Slot> ref = slots.get(kind);
            Slot previous = ref.get();
            if (previous == null) {
                continue; // never asked for: loaded on first use
            }
            Path file = file(kind);
            Optional<FileStamp> stamp = FileStamp.of(file);
            if (!previous.stamp().equals(stamp)) {
                synchronized (ref) {
                    if (!ref.get().stamp().equals(stamp)) {
                        ref.set(load(kind, file, stamp));
                    }
                }
            }
        }
        refreshFactorIndex();
    }

    /** Rebuilds the factor index off the request path when its catalogs changed (and the factors are loaded). */
    private void refreshFactorIndex() {
        Slot factors = slots.get(CatalogKind.FACTORS).get();
        if (factors != null && factors.snapshot() != null && !isFactorIndexReady()) {
            factorIndex();
        }
    }

    private Slot slot(CatalogKind kind) {
        AtomicReference<Slot> ref = slots.get(kind);
        Slot slot = ref.get();
        if (slot == null) {
            synchronized (ref) {
                slot = ref.get();
                if (slot == null) {
                    Path file = file(kind);
                    slot = load(kind, file, FileStamp.of(file));
                    ref.set(slot);
                }
            }
        }
        return slot;
    }

    private Path file(CatalogKind kind) {
        return catalogDir.resolve(kind.fileName());
    }

    private static Slot load(CatalogKind kind, Path file, Optional<FileStamp> stamp) {
        if (stamp.isEmpty()) {
            return new Slot(stamp, null, kind.fileName() + " not found in " + file.getParent()
                    + " (run `rdr export all` or start the service with export on start-up)");
        }
        try {
            CatalogSnapshot snapshot = CatalogLoader.load(kind, file);
            LOG.infof("catalog %s loaded: %d entries", kind.fileName(), snapshot.entries().size());
            return new Slot(stamp, snapshot, null);
        } catch (CatalogUnavailableException e) {
            LOG.warnf("catalog %s unavailable: %s", kind.fileName(), e.getMessage());
            return new Slot(stamp, null, e.getMessage());
        }
    }
}
