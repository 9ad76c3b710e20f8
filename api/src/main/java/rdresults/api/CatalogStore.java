package rdresults.api;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The catalogs, held in memory as ready-to-send snapshots and swapped atomically when their files change on disk
 * (an {@code rdr export} run elsewhere, or this service's own scheduled export). A request reads one consistent
 * generation of every catalog.
 */
public final class CatalogStore {

    private static final Logger LOG = Logger.getLogger(CatalogStore.class);

    /** The state of one catalog file: its snapshot, or why there is none. */
    private record Slot(Optional<FileStamp> stamp, CatalogSnapshot snapshot, String problem) {
    }

    /** One consistent set of catalogs plus the indexes derived from them. */
    private record Generation(Map<CatalogKind, Slot> slots, FactorIndex factors) {
    }

    private final Path catalogDir;
    private final AtomicReference<Generation> current;

    public CatalogStore(Path catalogDir) {
        this.catalogDir = catalogDir;
        this.current = new AtomicReference<>(new Generation(new EnumMap<>(CatalogKind.class), FactorIndex.EMPTY));
        reload();
    }

    public Path catalogDir() {
        return catalogDir;
    }

    /** The snapshot of {@code kind}. @throws CatalogUnavailableException when it is missing or corrupt */
    public CatalogSnapshot get(CatalogKind kind) {
        Slot slot = current.get().slots().get(kind);
        if (slot == null || slot.snapshot() == null) {
            throw new CatalogUnavailableException(slot == null ? kind.fileName() + " not loaded" : slot.problem());
        }
        return slot.snapshot();
    }

    /** Factor records by name, built from the factor and loop catalogs of the current generation. */
    public FactorIndex factorIndex() {
        get(CatalogKind.FACTORS);
        return current.get().factors();
    }

    /** Whether every catalog is loaded. */
    public boolean allLoaded() {
        Map<CatalogKind, Slot> slots = current.get().slots();
        for (CatalogKind kind : CatalogKind.values()) {
            Slot s = slots.get(kind);
            if (s == null || s.snapshot() == null) {
                return false;
            }
        }
        return true;
    }

    /** Problems of catalogs that are not loaded, by file name. */
    public Map<String, String> problems() {
        Map<String, String> out = new java.util.TreeMap<>();
        current.get().slots().forEach((k, s) -> {
            if (s.snapshot() == null) {
                out.put(k.fileName(), s.problem());
            }
        });
        return out;
    }

    /**
     * Re-reads catalog files whose size or modification time changed and publishes a new generation if any did.
     * Safe to call concurrently; the last writer wins with a consistent set.
     */
    public synchronized void reload() {
        Generation old = current.get();
        Map<CatalogKind, Slot> slots = new EnumMap<>(CatalogKind.class);
        boolean changed = false;
        for (CatalogKind kind : CatalogKind.values()) {
            Path file = catalogDir.resolve(kind.fileName());
            Optional<FileStamp> stamp = FileStamp.of(file);
            Slot previous = old.slots().get(kind);
            if (previous != null && previous.stamp().equals(stamp)) {
                slots.put(kind, previous);
                continue;
            }
            changed = true;
            slots.put(kind, load(kind, file, stamp));
        }
        if (changed || old.slots().isEmpty()) {
            current.set(new Generation(slots, FactorIndex.build(snapshot(slots, CatalogKind.FACTORS),
                    snapshot(slots, CatalogKind.LOOPS))));
        }
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

    private static CatalogSnapshot snapshot(Map<CatalogKind, Slot> slots, CatalogKind kind) {
        Slot s = slots.get(kind);
        return s == null ? null : s.snapshot();
    }
}
