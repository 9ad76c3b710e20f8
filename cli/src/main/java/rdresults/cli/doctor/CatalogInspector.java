package rdresults.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import rdresults.model.Catalog;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;

/**
 * Looks at the catalogs exported under {@code RDagentDB/aistock/} (contract §0, §3, §4): present or not, size,
 * number of entries, and whether they predate the registry they were exported from.
 */
final class CatalogInspector {

    /** The catalogs, in the order they are exported. */
    static final List<Catalog> CATALOGS = List.of(Catalog.FACTORS, Catalog.STRATEGIES, Catalog.LOOPS, Catalog.MODELS,
            Catalog.ALPHA158);

    private static final Logger LOG = Logger.getLogger(CatalogInspector.class);

    private CatalogInspector() {
    }

    /**
     * Inspects each catalog in {@code folder}.
     *
     * @param registryModified when the registry last changed, or null when unknown
     */
    static List<CatalogStatus> inspect(Path folder, FileTime registryModified) {
        List<CatalogStatus> out = new ArrayList<>(CATALOGS.size());
        for (Catalog c : CATALOGS) {
            out.add(inspect(folder.resolve(c.fileName()), c.fileName(), c.listKey(), registryModified));
        }
        return out;
    }

    private static CatalogStatus inspect(Path file, String name, String listKey, FileTime registryModified) {
        if (!Files.isRegularFile(file)) {
            return CatalogStatus.missing(name, file);
        }
        long size;
        FileTime modified;
        byte[] bytes;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            LOG.debugf(e, "cannot read catalog %s", file);
            return new CatalogStatus(name, file, true, null, null, null, "unreadable: " + e.getMessage());
        }
        Boolean older = registryModified == null ? null : modified.compareTo(registryModified) < 0;
        try {
            JsonNode root = PythonJson.parse(bytes, file.toString());
            JsonNode list = root.path(listKey);
            if (!list.isArray()) {
                return new CatalogStatus(name, file, true, size, null, older, "no \"" + listKey + "\" list");
            }
            return new CatalogStatus(name, file, true, size, list.size(), older, null);
        } catch (InvalidInputException e) {
            LOG.debugf(e, "catalog %s is not valid JSON", file);
            return new CatalogStatus(name, file, true, size, null, older, "not valid JSON");
        }
    }
}
