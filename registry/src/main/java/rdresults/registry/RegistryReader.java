package rdresults.registry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import rdresults.model.Artifact;
import rdresults.model.ArtifactFile;
import rdresults.model.Loop;
import rdresults.model.LoopKey;
import rdresults.model.TaskRun;
import rdresults.model.Workspace;
import rdresults.registry.internal.sql.RegistryTableSpec;
import rdresults.registry.internal.sql.RegistryTables;
import rdresults.registry.internal.sql.RowMapper;
import rdresults.registry.internal.sql.SqlFilter;
import rdresults.registry.query.ArtifactQuery;
import rdresults.registry.query.Cursor;
import rdresults.registry.query.LoopQuery;
import rdresults.registry.query.Page;
import rdresults.registry.query.PageRequest;
import rdresults.registry.query.TaskRunQuery;
import rdresults.registry.query.WorkspaceQuery;

/**
 * Read-only, typed access to one RD-Agent {@code registry.sqlite}: paged queries in stable key order, single-row
 * lookups, full scans for exporters, and counts. Never writes the database.
 *
 * <p>Thread-safe: each call borrows its own connection from the {@link RegistrySource}.
 */
public final class RegistryReader implements AutoCloseable {

    private static final int IN_CHUNK = 500;

    private static final String PING_SQL = """
            SELECT count(*) FROM sqlite_master""";

    private final RegistrySource source;
    private final RegistrySchema schema;

    private RegistryReader(RegistrySource source, RegistrySchema schema) {
        this.source = source;
        this.schema = schema;
    }

    /**
     * Opens the registry at {@code path} read-only and checks it is one.
     *
     * @throws RegistryNotFoundException the file does not exist
     * @throws NotARegistryException     not a SQLite database, or the registry tables are missing
     */
    public static RegistryReader open(Path path) {
        return open(RegistrySource.readOnly(path));
    }

    /** As {@link #open(Path)} on an existing source; the reader takes ownership and closes it. */
    public static RegistryReader open(RegistrySource source) {
        try {
            RegistrySchema schema = source.withConnection("read schema", RegistrySchema::read);
            List<String> missing = schema.missingRequiredTables();
            if (!missing.isEmpty()) {
                throw new NotARegistryException(source.path(),
                        "not an RD-Agent registry (missing tables: " + String.join(", ", missing) + ")");
            }
            return new RegistryReader(source, schema);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    public Path path() {
        return source.path();
    }

    public RegistrySchema schema() {
        return schema;
    }

    /**
     * Runs the cheapest query that reads the database file (its schema table) on a pooled connection: whether the
     * registry can be read now.
     *
     * @throws RegistryException when it cannot
     */
    public void ping() {
        source.withConnection("ping", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(PING_SQL)) {
                return rs.next();
            }
        });
    }

    // ---- task runs ----

    public Page<TaskRun> listTaskRuns(TaskRunQuery query, PageRequest page) {
        return page(RegistryTables.TASK_RUNS, taskRunFilter(query), page);
    }

    public List<TaskRun> allTaskRuns(TaskRunQuery query) {
        return all(RegistryTables.TASK_RUNS, taskRunFilter(query));
    }

    public Optional<TaskRun> findTaskRun(String taskRunId) {
        RegistryTableSpec<TaskRun> spec = RegistryTables.TASK_RUNS;
        return first(spec, new SqlFilter().equalsIfSet(spec.expr(schema, "task_run_id"), taskRunId));
    }

    private SqlFilter taskRunFilter(TaskRunQuery q) {
        RegistryTableSpec<TaskRun> spec = RegistryTables.TASK_RUNS;
        return new SqlFilter()
                .equalsIfSet(spec.expr(schema, "task_run_id"), q.taskRunId())
                .equalsIfSet(spec.expr(schema, "status"), q.status())
                .range(spec.expr(schema, "created_at_utc"), q.created())
                .range(spec.expr(schema, "updated_at_utc"), q.updated());
    }

    // ---- loops ----

    public Page<Loop> listLoops(LoopQuery query, PageRequest page) {
        return page(RegistryTables.LOOPS, loopFilter(query), page);
    }

    public List<Loop> allLoops(LoopQuery query) {
        return all(RegistryTables.LOOPS, loopFilter(query));
    }

    public Optional<Loop> findLoop(LoopKey key) {
        RegistryTableSpec<Loop> spec = RegistryTables.LOOPS;
        return first(spec, new SqlFilter()
                .equalsIfSet(spec.expr(schema, "task_run_id"), key.taskRunId())
                .equalsIfSet(spec.expr(schema, "loop_id"), key.loopId()));
    }

    private SqlFilter loopFilter(LoopQuery q) {
        RegistryTableSpec<Loop> spec = RegistryTables.LOOPS;
        String updated = schema.hasColumn("loops", "updated_at_utc") ? "updated_at_utc" : "ended_at_utc";
        return new SqlFilter()
                .equalsIfSet(spec.expr(schema, "task_run_id"), q.taskRunId())
                .equalsIfSet(spec.expr(schema, "status"), q.status())
                .equalsIfSet(spec.expr(schema, "action"), q.action())
                .flagIfSet(spec.expr(schema, "has_result"), q.hasResult())
                .equalsIfSet(spec.expr(schema, "materialization_status"), q.materializationStatus())
                .flagIfSet(spec.expr(schema, "is_solidified"), q.isSolidified())
                .range(spec.expr(schema, "started_at_utc"), q.created())
                .range(spec.expr(schema, updated), q.updated());
    }

    /**
     * The Python strategy exporter's query, verbatim: it has no ORDER BY, so the order of its rows is whatever plan
     * SQLite picks (on the registry schema: the workspaces table in storage order, each joined to its loop), and
     * that exporter keeps the first row of each strategy. Running the same text yields the same order.
     */
    private static final String RESULT_ROWS_AS_PYTHON_SQL = """
            SELECT
              l.task_run_id,
              l.loop_id,
              l.action,
              w.step_name,
              w.workspace_id,
              w.workspace_path
            FROM loops l
            JOIN workspaces w
              ON l.task_run_id = w.task_run_id
             AND l.loop_id = w.loop_id
            WHERE
              (l.has_result = 1 OR l.has_result = '1')
            """;

    /**
     * The keys of the {@code loops ⋈ workspaces} rows whose loop has a result, in the order in which SQLite returns
     * them to the Python strategy exporter's own query (see {@link #RESULT_ROWS_AS_PYTHON_SQL}).
     */
    public List<LoopWorkspaceKey> listResultRowsInPythonOrder() {
        List<LoopWorkspaceKey> out = new ArrayList<>();
        query("result rows", RESULT_ROWS_AS_PYTHON_SQL, new SqlFilter(),
                rs -> new LoopWorkspaceKey(rs.getString("task_run_id"), rs.getLong("loop_id"),
                        rs.getString("workspace_id")),
                out::add);
        return out;
    }

    // ---- workspaces ----

    public Page<Workspace> listWorkspaces(WorkspaceQuery query, PageRequest page) {
        return page(RegistryTables.WORKSPACES, workspaceFilter(query), page);
    }

    public List<Workspace> allWorkspaces(WorkspaceQuery query) {
        return all(RegistryTables.WORKSPACES, workspaceFilter(query));
    }

    public Optional<Workspace> findWorkspace(String workspaceId) {
        RegistryTableSpec<Workspace> spec = RegistryTables.WORKSPACES;
        return first(spec, new SqlFilter().equalsIfSet(spec.expr(schema, "workspace_id"), workspaceId));
    }

    private SqlFilter workspaceFilter(WorkspaceQuery q) {
        RegistryTableSpec<Workspace> spec = RegistryTables.WORKSPACES;
        return new SqlFilter()
                .equalsIfSet(spec.expr(schema, "task_run_id"), q.taskRunId())
                .equalsIfSet(spec.expr(schema, "loop_id"), q.loopId())
                .equalsIfSet(spec.expr(schema, "status"), q.status())
                .equalsIfSet(spec.expr(schema, "workspace_role"), q.workspaceRole())
                .range(spec.expr(schema, "created_at_utc"), q.created())
                .range(spec.expr(schema, "updated_at_utc"), q.updated());
    }

    // ---- artifacts ----

    /** A page of artifacts, each with its files. */
    public Page<Artifact> listArtifacts(ArtifactQuery query, PageRequest page) {
        if (!schema.hasTable("artifacts")) {
            return new Page<>(List.of(), null);
        }
        Page<Artifact> artifacts = page(RegistryTables.ARTIFACTS, artifactFilter(query), page);
        return new Page<>(withFiles(artifacts.items()), artifacts.nextCursor());
    }

    /** Every artifact matching {@code query}, with their files when {@code withFiles}. */
    public List<Artifact> allArtifacts(ArtifactQuery query, boolean withFiles) {
        if (!schema.hasTable("artifacts")) {
            return List.of();
        }
        List<Artifact> artifacts = all(RegistryTables.ARTIFACTS, artifactFilter(query));
        return withFiles ? withFiles(artifacts) : artifacts;
    }

    private SqlFilter artifactFilter(ArtifactQuery q) {
        RegistryTableSpec<Artifact> spec = RegistryTables.ARTIFACTS;
        return new SqlFilter()
                .equalsIfSet(spec.expr(schema, "task_run_id"), q.taskRunId())
                .equalsIfSet(spec.expr(schema, "loop_id"), q.loopId())
                .equalsIfSet(spec.expr(schema, "workspace_id"), q.workspaceId())
                .equalsIfSet(spec.expr(schema, "artifact_type"), q.artifactType())
                .equalsIfSet(spec.expr(schema, "status"), q.status())
                .range(spec.expr(schema, "created_at_utc"), q.created())
                .range(spec.expr(schema, "updated_at_utc"), q.updated());
    }

    private List<Artifact> withFiles(List<Artifact> artifacts) {
        if (artifacts.isEmpty() || !schema.hasTable("artifact_files")) {
            return artifacts;
        }
        Map<String, List<ArtifactFile>> files = new LinkedHashMap<>();
        artifacts.forEach(a -> files.put(a.artifactId(), new ArrayList<>()));
        List<String> ids = new ArrayList<>(files.keySet());
        RegistryTableSpec<ArtifactFile> spec = RegistryTables.ARTIFACT_FILES;
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            SqlFilter filter = new SqlFilter().add(spec.expr(schema, "artifact_id") + " IN (" + marks + ")", chunk);
            String sql = spec.selectFrom(schema) + filter.whereClause() + " ORDER BY f.path, f.file_id";
            query("artifact files", sql, filter, spec.mapper(), f -> files.get(f.artifactId()).add(f));
        }
        List<Artifact> out = new ArrayList<>(artifacts.size());
        artifacts.forEach(a -> out.add(a.withFiles(files.get(a.artifactId()))));
        return out;
    }

    // ---- counts ----

    public RegistryStats stats() {
        return source.withConnection("stats", c -> {
            Map<String, Long> rows = new TreeMap<>();
            for (String table : List.of("task_runs", "loops", "workspaces", "artifacts", "artifact_files",
                    "factor_registry")) {
                if (schema.hasTable(table)) {
                    rows.put(table, count(c, "SELECT COUNT(*) FROM " + table));
                }
            }
            String hasResult = "l.has_result IN (1, '1')";
            String solidified = schema.expr("l", "loops", "is_solidified") + " IN (1, '1')";
            return new RegistryStats(rows,
                    grouped(c, "SELECT t.status, COUNT(*) FROM task_runs t GROUP BY t.status"),
                    grouped(c, "SELECT l.status, COUNT(*) FROM loops l GROUP BY l.status"),
                    grouped(c, "SELECT l.action, COUNT(*) FROM loops l GROUP BY l.action"),
                    count(c, "SELECT COUNT(*) FROM loops l WHERE " + hasResult),
                    count(c, "SELECT COUNT(*) FROM loops l WHERE " + solidified));
        });
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static Map<String, Long> grouped(Connection c, String sql) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String key = rs.getString(1);
                out.merge(key == null || key.isEmpty() ? "(none)" : key, rs.getLong(2), Long::sum);
            }
        }
        return out;
    }

    // ---- shared query machinery ----

    private <T> Page<T> page(RegistryTableSpec<T> spec, SqlFilter filter, PageRequest page) {
        if (page.cursor() != null) {
            filter.add(spec.afterKey(), Cursor.decode(spec.resource(), page.cursor(), spec.keyTypes()));
        }
        String sql = spec.selectFrom(schema) + filter.whereClause() + spec.orderBy() + " LIMIT " + (page.limit() + 1);
        List<T> rows = new ArrayList<>(Math.min(page.limit() + 1, 1024));
        query(spec.resource(), sql, filter, spec.mapper(), rows::add);
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, page.limit());
        return new Page<>(items, Cursor.encode(spec.resource(), spec.keyOf().apply(items.get(items.size() - 1))));
    }

    private <T> List<T> all(RegistryTableSpec<T> spec, SqlFilter filter) {
        List<T> rows = new ArrayList<>();
        query(spec.resource(), spec.selectFrom(schema) + filter.whereClause() + spec.orderBy(), filter, spec.mapper(),
                rows::add);
        return rows;
    }

    private <T> Optional<T> first(RegistryTableSpec<T> spec, SqlFilter filter) {
        List<T> rows = new ArrayList<>(1);
        query(spec.resource(), spec.selectFrom(schema) + filter.whereClause() + " LIMIT 1", filter, spec.mapper(),
                rows::add);
        return rows.stream().findFirst();
    }

    private <T> void query(String operation, String sql, SqlFilter filter, RowMapper<T> mapper, Consumer<T> sink) {
        source.withConnection(operation, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                filter.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(mapper.map(rs));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void close() {
        source.close();
    }
}
