package rdresults.cli.doctor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rdresults.cli.registry.PathResolutionReport;
import rdresults.model.PythonJson;
import rdresults.registry.RegistrySchema;

/**
 * What {@code rdr doctor} found. Unhealthy only when the registry is unusable ({@code registryError} set, and then
 * {@code schema} and {@code paths} are null); everything else degrades to warnings.
 */
record DoctorReport(Path registryPath, String registryError, RegistrySchema schema, PathResolutionReport paths,
                    Path catalogFolder, List<CatalogStatus> catalogs) {

    /** What makes or refreshes the catalogs; named in every catalog warning. */
    static final String EXPORT_COMMAND = "rdr export all";

    DoctorReport {
        catalogs = List.copyOf(catalogs);
    }

    boolean healthy() {
        return registryError == null;
    }

    /** Conditions that degrade results without making the registry unusable, one line each. */
    List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (schema != null) {
            List<String> optional = missingOptionalTables();
            if (!optional.isEmpty()) {
                out.add("registry lacks optional tables (read as empty): " + String.join(", ", optional));
            }
            List<String> columns = schema.missingMigratedColumns();
            if (!columns.isEmpty()) {
                out.add("registry lacks migrated columns (read as their defaults): " + String.join(", ", columns));
            }
        }
        if (paths != null && !paths.unresolved().isEmpty()) {
            out.add(paths.unresolved().size() + " of " + paths.total()
                    + " workspace paths do not resolve (use --repo-root or --path-map FROM=TO)");
        }
        for (CatalogStatus c : catalogs) {
            if (!c.present()) {
                out.add("catalog missing: " + c.path() + " (make it with '" + EXPORT_COMMAND + "')");
            } else if (c.problem() != null) {
                out.add("catalog " + c.problem() + ": " + c.path() + " (rewrite it with '" + EXPORT_COMMAND + "')");
            }
            if (c.isStale()) {
                out.add("catalog older than the registry: " + c.path() + " (refresh it with '" + EXPORT_COMMAND
                        + "')");
            }
        }
        return out;
    }

    private List<String> missingOptionalTables() {
        List<String> missing = new ArrayList<>();
        RegistrySchema.OPTIONAL_TABLES.forEach(t -> {
            if (!schema.hasTable(t)) {
                missing.add(t);
            }
        });
        return missing;
    }

    ObjectNode toJson() {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("healthy", healthy());
        ObjectNode registry = n.putObject("registry");
        registry.put("path", registryPath.toString());
        registry.put("ok", healthy());
        registry.put("error", registryError);
        if (schema != null) {
            ObjectNode tables = registry.putObject("tables");
            RegistrySchema.REQUIRED_TABLES.forEach(t -> tables.put(t, schema.hasTable(t)));
            RegistrySchema.OPTIONAL_TABLES.forEach(t -> tables.put(t, schema.hasTable(t)));
            ArrayNode columns = registry.putArray("missing_migrated_columns");
            schema.missingMigratedColumns().forEach(columns::add);
        }
        if (paths == null) {
            n.putNull("workspace_paths");
        } else {
            n.set("workspace_paths", paths.toJson());
        }
        ObjectNode catalogNode = n.putObject("catalogs");
        catalogNode.put("folder", catalogFolder.toString());
        ArrayNode files = catalogNode.putArray("files");
        for (CatalogStatus c : catalogs) {
            ObjectNode f = files.addObject();
            f.put("name", c.name());
            f.put("path", c.path().toString());
            f.put("present", c.present());
            f.put("size_bytes", c.sizeBytes());
            f.put("entries", c.entries());
            f.put("older_than_registry", c.olderThanRegistry());
            f.put("problem", c.problem());
        }
        ArrayNode warnings = n.putArray("warnings");
        warnings().forEach(warnings::add);
        return n;
    }

    void print(PrintWriter out) {
        out.println("registry  " + registryPath);
        if (registryError != null) {
            line(out, "error", registryError);
        } else {
            line(out, "ok", "required tables present: " + String.join(", ", RegistrySchema.REQUIRED_TABLES));
            List<String> optional = missingOptionalTables();
            line(out, optional.isEmpty() ? "ok" : "warning", optional.isEmpty()
                    ? "optional tables present: " + String.join(", ", RegistrySchema.OPTIONAL_TABLES)
                    : "optional tables missing: " + String.join(", ", optional));
            List<String> columns = schema.missingMigratedColumns();
            line(out, columns.isEmpty() ? "ok" : "warning", columns.isEmpty()
                    ? "all migrated columns present"
                    : "migrated columns missing: " + String.join(", ", columns));
        }
        out.println("workspace paths");
        if (paths == null) {
            line(out, "skipped", "registry unusable");
        } else {
            line(out, paths.unresolved().isEmpty() ? "ok" : "warning", paths.summary());
            paths.printUnresolved(out);
        }
        out.println("catalogs  " + catalogFolder);
        for (CatalogStatus c : catalogs) {
            line(out, catalogLevel(c), catalogText(c));
        }
        if (catalogs.stream().anyMatch(c -> "warning".equals(catalogLevel(c)))) {
            line(out, "hint", "'" + EXPORT_COMMAND + "' (same --repo-root or --registry-sqlite) writes the catalogs");
        }
        List<String> warnings = warnings();
        out.println();
        if (healthy()) {
            out.println("healthy" + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warning"
                    + (warnings.size() == 1 ? "" : "s")));
        } else {
            out.println("unhealthy: registry unusable");
        }
        out.flush();
    }

    private static String catalogLevel(CatalogStatus c) {
        return !c.present() || c.problem() != null || c.isStale() ? "warning" : "ok";
    }

    private static String catalogText(CatalogStatus c) {
        if (!c.present()) {
            return c.name() + " missing";
        }
        StringBuilder sb = new StringBuilder(c.name());
        if (c.sizeBytes() != null) {
            sb.append(' ').append(c.sizeBytes()).append(" bytes");
        }
        if (c.entries() != null) {
            sb.append(", ").append(c.entries()).append(c.entries() == 1 ? " entry" : " entries");
        }
        if (c.problem() != null) {
            sb.append(", ").append(c.problem());
        }
        if (c.isStale()) {
            sb.append(", older than the registry");
        }
        return sb.toString();
    }

    private static void line(PrintWriter out, String level, String text) {
        out.println("  " + String.format("%-8s", level) + " " + text);
    }
}
