package rdresults.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import rdresults.model.PythonJson;

/** Helpers shared by the generator tests: reading rows, Python-style JSON and whole trees. */
final class RegistryTestSupport {

    static final List<String> TABLES = List.of("task_runs", "loops", "workspaces", "artifacts", "artifact_files",
            "factor_registry");

    private RegistryTestSupport() {
    }

    static Connection readOnly(Path database) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:file:" + database + "?mode=ro");
    }

    /** Every row of a table as column-name maps, in primary-key order. */
    static List<Map<String, Object>> rows(Path database, String sql) {
        try (Connection c = readOnly(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> out = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i), rs.getObject(i));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    /** All tables dumped with each value's SQLite type, sorted, for equality checks. */
    static List<String> dump(Path database) {
        List<String> out = new ArrayList<>();
        for (String table : TABLES) {
            for (Map<String, Object> row : rows(database, "SELECT * FROM " + table + " ORDER BY 1, 2")) {
                out.add(table + " " + row);
            }
        }
        return out;
    }

    /** Declared columns of a table: name to declared type. */
    static Map<String, String> columns(Path database, String table) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, Object> row : rows(database, "PRAGMA table_info(" + table + ")")) {
            out.put((String) row.get("name"), (String) row.get("type"));
        }
        return out;
    }

    /** A JSON file as Python's json.load reads it (BOM, NaN and Infinity accepted). */
    static JsonNode readJson(Path file) {
        try {
            return PythonJson.parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static JsonNode generatedBy(GeneratedRegistry registry) {
        return readJson(registry.generatedBy());
    }

    /** Relative path to content of every regular file under root. */
    static Map<String, byte[]> tree(Path root) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith("RDagentDB/")) {
                    out.put(relative, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tree " + root, e);
        }
        return out;
    }

    /** The folder name a stored workspace path ends in, whatever its separator. */
    static String folderOf(String storedPath) {
        String normalized = storedPath.replace('\\', '/');
        return normalized.substring(normalized.lastIndexOf('/') + 1);
    }

    /** The experiment workspace folder of a loop. */
    static Path experimentDir(GeneratedRegistry registry, String taskRunId, long loopId) {
        List<Map<String, Object>> rows = rows(registry.registryDb(), "SELECT workspace_path FROM workspaces"
                + " WHERE workspace_role = 'experiment_workspace' AND task_run_id = '" + taskRunId
                + "' AND loop_id = " + loopId);
        return registry.workspaceRoot().resolve(folderOf((String) rows.get(0).get("workspace_path")));
    }
}
