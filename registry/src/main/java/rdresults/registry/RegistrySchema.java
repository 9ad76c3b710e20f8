package rdresults.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import rdresults.registry.internal.sql.RegistryColumns;

/**
 * The tables and columns one registry file actually has. Registries created before RD-Agent's later migrations
 * lack some columns (contract §1.2), so queries ask this object how to spell each column: its name when present,
 * otherwise the value the migration's default would give.
 */
public record RegistrySchema(Map<String, Set<String>> columnsByTable) {

    /** Tables every registry must have for the project to read it. */
    public static final List<String> REQUIRED_TABLES = List.of("task_runs", "loops", "workspaces");
    /** Tables that are read when present; their absence reads as empty. */
    public static final List<String> OPTIONAL_TABLES = List.of("artifacts", "artifact_files", "factor_registry");

    public RegistrySchema {
        Map<String, Set<String>> copy = new TreeMap<>();
        columnsByTable.forEach((t, cols) -> copy.put(t, Set.copyOf(cols)));
        columnsByTable = Map.copyOf(copy);
    }

    /** Reads the schema of the database behind {@code connection}. */
    static RegistrySchema read(Connection connection) throws SQLException {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                tables.put(rs.getString("name"), new TreeSet<>());
            }
        }
        for (Map.Entry<String, Set<String>> table : tables.entrySet()) {
            // the name comes from sqlite_master itself, never from user input; quoted for odd names
            String sql = "PRAGMA table_info(\"" + table.getKey().replace("\"", "\"\"") + "\")";
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    table.getValue().add(rs.getString("name").toLowerCase(Locale.ROOT));
                }
            }
        }
        return new RegistrySchema(tables);
    }

    public boolean hasTable(String table) {
        return columnsByTable.containsKey(table);
    }

    public boolean hasColumn(String table, String column) {
        Set<String> columns = columnsByTable.get(table);
        return columns != null && columns.contains(column);
    }

    /** Required tables this database lacks, in their canonical order. */
    public List<String> missingRequiredTables() {
        List<String> missing = new ArrayList<>();
        for (String t : REQUIRED_TABLES) {
            if (!hasTable(t)) {
                missing.add(t);
            }
        }
        return missing;
    }

    /** Columns of the contract's DDL (after all migrations) that this database lacks, as {@code table.column}. */
    public List<String> missingMigratedColumns() {
        List<String> missing = new ArrayList<>();
        RegistryColumns.MIGRATED.forEach((table, cols) -> cols.forEach(c -> {
            if (hasTable(table) && !hasColumn(table, c)) {
                missing.add(table + "." + c);
            }
        }));
        return missing;
    }

    /**
     * SQL for reading {@code column} of {@code table} (aliased {@code alias}): the column itself, or the literal
     * a migration would have filled in when it is missing.
     */
    public String expr(String alias, String table, String column) {
        if (hasColumn(table, column)) {
            return alias + "." + column;
        }
        return RegistryColumns.defaultLiteral(table, column);
    }
}
