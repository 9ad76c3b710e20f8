package rdresults.api.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import rdresults.model.Catalog;

/** Whether the catalogs need a new export: one is missing, or the registry (or its WAL) changed after it. */
final class CatalogFreshness {

    /** The catalogs built from the registry (the Alpha158 meta comes from a YAML and is not judged by it). */
    private static final List<Catalog> CATALOGS = List.of(Catalog.FACTORS, Catalog.STRATEGIES, Catalog.LOOPS,
            Catalog.MODELS);

    private CatalogFreshness() {
    }

    static boolean isStale(Path registry, Path catalogDir) {
        long registryChanged = Math.max(modified(registry), modified(Path.of(registry + "-wal")));
        if (registryChanged < 0) {
            return false; // no registry: nothing to export from
        }
        for (Catalog c : CATALOGS) {
            long catalog = modified(catalogDir.resolve(c.fileName()));
            if (catalog < 0 || catalog < registryChanged) {
                return true;
            }
        }
        return false;
    }

    private static long modified(Path file) {
        Optional<FileStamp> stamp = FileStamp.of(file);
        return stamp.map(FileStamp::modifiedMillis).orElse(-1L);
    }
}
