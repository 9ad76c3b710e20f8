package rdresults.api.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The catalogs as ready-to-send snapshots (their bytes in the {@link CatalogSpool}, their keys and filter fields in
 * memory). Each catalog is loaded on first use (so the service answers its first request without parsing every
 * catalog) and swapped atomically when its file changes on disk (an {@code rdr export} run elsewhere, or this
 * service's own export): a request never sees half a catalog. A replaced generation's files are deleted as soon as
 * the last request reading them is done. A file that cannot be loaded (corrupt, invalid, or no memory or disk to
 * load it) is tried once per change: the catalog loaded before it stays served, marked stale, and when there is
 * none the catalog is unavailable with the reason.
 */
public final class CatalogStore implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CatalogStore.class);
    private static final long KEEP_WAIT_SECONDS = 10;

    /**
     * The state of one catalog file: its snapshot, or why there is none; or both when the file on disk could not be
     * loaded and the snapshot is the last good one (stale).
     */
    private record Slot(Optional<FileStamp> stamp, CatalogSnapshot snapshot, String problem) {
        boolean isStale() {
            return snapshot != null && problem != null;
        }
    }

    /** The factor index with the two snapshots it was built from. */
    private record Indexed(CatalogSnapshot factors, CatalogSnapshot loops, FactorIndex index) {
    }

    private final Path catalogDir;
    private final CatalogSpool spool;
    private final CatalogIndexFiles indexes;
    private final Map<CatalogKind, AtomicReference<Slot>> slots = new EnumMap<>(CatalogKind.class);
    private final AtomicReference<Indexed> factorIndex = new AtomicReference<>();
    /** Writes the indexes of freshly parsed catalogs for the next start, one at a time. */
    private final ExecutorService keeper = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rdr-catalog-keep");
        t.setDaemon(true);
        return t;
    });

    /** A store that parses every catalog it loads (no persisted indexes). */
    public CatalogStore(Path catalogDir, CatalogSpool spool) {
        this(catalogDir, spool, CatalogIndexFiles.NONE);
    }

    /** A store that reuses the indexes {@code indexes} kept for unchanged catalogs, and keeps the ones it builds. */
    public CatalogStore(Path catalogDir, CatalogSpool spool, CatalogIndexFiles indexes) {
        this.catalogDir = catalogDir;
        this.spool = spool;
        this.indexes = indexes;
        for (CatalogKind kind : CatalogKind.values()) {
            slots.put(kind, new AtomicReference<>());
        }
    }

    public Path catalogDir() {
        return catalogDir;
    }

    /**
     * The snapshot of {@code kind}, for its keys and filter fields; its bytes need a {@link #lease}.
     * @throws CatalogUnavailableException when it is missing or corrupt and no good version was loaded before
     */
    public CatalogSnapshot get(CatalogKind kind) {
        Slot slot = slot(kind);
        if (slot.snapshot() == null) {
            throw new CatalogUnavailableException(slot.problem());
        }
        return slot.snapshot();
    }

    /**
     * The current snapshot of {@code kind} with a reference on its bytes: they stay on disk until the lease is closed,
     * even when a reload replaces the snapshot meanwhile.
     * @throws CatalogUnavailableException when it is missing or corrupt and no good version was loaded before
     */
    public CatalogLease lease(CatalogKind kind) {
        while (true) {
            CatalogSnapshot snapshot = get(kind);
            if (snapshot.bytes().retain()) {
                return new CatalogLease(snapshot);
            }
            // replaced and released between get and retain: the next get sees the new generation
        }
    }

    /** Why {@code kind} is served from an older file than the one on disk; empty when it is current. */
    public Optional<String> staleReason(CatalogKind kind) {
        Slot slot = slots.get(kind).get();
        return slot != null && slot.isStale() ? Optional.of(slot.problem()) : Optional.empty();
    }

    /** Whether {@code kind} was read (as a snapshot or as a recorded problem), so asking for it reads no file. */
    public boolean isLoaded(CatalogKind kind) {
        return slots.get(kind).get() != null;
    }

    /** Whether the page of {@code kind} for {@code query} is cached now, so answering it scans nothing. */
    public boolean isPageCached(CatalogKind kind, String query) {
        Slot s = slots.get(kind).get();
        return s != null && s.snapshot() != null && s.snapshot().pages().contains(query);
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
        // the large catalogs are parsed and compressed on as many threads as there are cores (two at most: each
        // holds its entries' filter fields on the heap until it is done)
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rdr-catalog-load");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Slot>> loads = new ArrayList<>();
            kinds.forEach(kind -> loads.add(pool.submit(() -> slot(kind))));
            for (Future<Slot> load : loads) {
                load.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
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

    /** Whether every catalog has a snapshot to serve, current or stale (loading those not tried yet). */
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

    /**
     * The state of every catalog by file name, as readiness reports it: {@code loaded (N entries)}, {@code stale:
     * <why>; serving the previous file (N entries)}, or the reason it is unavailable.
     */
    public Map<String, String> states() {
        Map<String, String> out = new TreeMap<>();
        for (CatalogKind kind : CatalogKind.values()) {
            Slot s = slot(kind);
            if (s.snapshot() == null) {
                out.put(kind.fileName(), s.problem());
            } else if (s.isStale()) {
                out.put(kind.fileName(), "stale: " + s.problem() + "; serving the previous file ("
                        + s.snapshot().keys().size() + " entries)");
            } else {
                out.put(kind.fileName(), "loaded (" + s.snapshot().keys().size() + " entries)");
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
                    Slot current = ref.get();
                    if (!current.stamp().equals(stamp)) {
                        swap(ref, current, load(kind, file, stamp, current.snapshot()));
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
                    slot = load(kind, file, FileStamp.of(file), null);
                    ref.set(slot);
                }
            }
        }
        return slot;
    }

    private Path file(CatalogKind kind) {
        return catalogDir.resolve(kind.fileName());
    }

    /** Installs {@code next} and releases the bytes of the snapshot it no longer serves. */
    private static void swap(AtomicReference<Slot> ref, Slot current, Slot next) {
        ref.set(next);
        CatalogSnapshot old = current.snapshot();
        if (old != null && old != next.snapshot()) {
            old.bytes().release();
        }
    }

    /** Releases every snapshot's bytes and removes the spool folder. */
    @Override
    public void close() {
        keeper.shutdown();
        try {
            // an index being written is finished (it takes a second or two), so the next start can use it
            keeper.awaitTermination(KEEP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (AtomicReference<Slot> ref : slots.values()) {
            synchronized (ref) {
                Slot slot = ref.getAndSet(null);
                if (slot != null && slot.snapshot() != null) {
                    slot.snapshot().bytes().release();
                }
            }
        }
        spool.close();
    }

    /** The snapshot kept for this version of {@code file} from an earlier load, else {@code file} parsed. */
    private CatalogSnapshot loadOrReuse(CatalogKind kind, Path file) {
        Optional<CatalogIndexFiles.FileKey> key = indexes.keyOf(file);
        Optional<CatalogSnapshot> kept = key.flatMap(k -> indexes.find(kind, k, spool));
        if (kept.isPresent()) {
            LOG.infof("catalog %s loaded from its persisted index: %d entries", kind.fileName(),
                    kept.get().keys().size());
            return kept.get();
        }
        CatalogSnapshot snapshot = CatalogLoader.load(kind, file, spool);
        LOG.infof("catalog %s loaded: %d entries", kind.fileName(), snapshot.keys().size());
        // kept off the loading thread: the catalog is served meanwhile, and a snapshot released first is skipped
        key.ifPresent(k -> {
            try {
                keeper.execute(() -> indexes.save(kind, file, k, snapshot));
            } catch (RejectedExecutionException e) {
                // the store is closing: the next start parses this catalog again
            }
        });
        return snapshot;
    }

    /** Reads {@code file}; when it cannot be loaded, {@code previous} (if any) stays served as stale. */
    private Slot load(CatalogKind kind, Path file, Optional<FileStamp> stamp, CatalogSnapshot previous) {
        if (stamp.isEmpty()) {
            return new Slot(stamp, null, kind.fileName() + " not found in " + file.getParent()
                    + " (run `rdr export all` or start the service with export on start-up)");
        }
        String problem;
        try {
            return new Slot(stamp, loadOrReuse(kind, file), null);
        } catch (CatalogUnavailableException e) {
            problem = e.getMessage();
        } catch (OutOfMemoryError e) {
            // the entries' filter fields did not fit in the heap: the previous snapshot's are still there to serve
            problem = kind.fileName() + " could not be loaded: out of memory (" + e.getMessage() + ")";
        }
        if (previous == null) {
            LOG.warnf("catalog %s unavailable: %s", kind.fileName(), problem);
            return new Slot(stamp, null, problem);
        }
        LOG.warnf("catalog %s not reloaded, still serving the previous file: %s", kind.fileName(), problem);
        return new Slot(stamp, previous, problem);
    }
}
