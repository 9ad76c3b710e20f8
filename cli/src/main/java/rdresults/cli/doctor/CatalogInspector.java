package rdresults.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import rdresults.model.InvalidInputException;
import rdresults.model.PythonJson;

/**
 * Looks at the catalogs exported under {@code RDagentDB/aistock/} (contract §0, §3, §4): present or not, size,
 * number of entries, and whether they predate the registry they were exported from.
 */
final class CatalogInspector {

    /** One catalog file AIstock reads and the key of its entry list. */
    record CatalogFile(String name, String listKey) {
    }

    /** The catalogs, in the order they are exported. */
    static final List<CatalogFile> CATALOGS = List.of(
            new CatalogFile("factor_catalog.json", "factors"),
            new CatalogFile("strategy_catalog.json", "strategies"),
            new CatalogFile("loop_catalog.json", "loops"),
            new CatalogFile("model_catalog.json", "models"),
            new CatalogFile("alpha158_meta.json", "factors"));

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
        for (CatalogFile c : CATALOGS) {
            out.add(inspect(folder.resolve(c.name()), c.name(), c.listKey(), registryModified));
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
