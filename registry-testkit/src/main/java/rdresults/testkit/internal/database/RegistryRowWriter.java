package rdresults.testkit.internal.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;
import rdresults.model.PythonJson;
import rdresults.testkit.EdgeCase;
import rdresults.testkit.SyntheticRegistryException;
import rdresults.testkit.internal.content.QlibMetrics;
import rdresults.testkit.conventions.EpochMicros;
import rdresults.testkit.internal.plan.LoopPlan;
import rdresults.testkit.internal.plan.LoopState;
import rdresults.testkit.internal.plan.TaskRunPlan;
import rdresults.testkit.internal.plan.WorkspacePlan;

/**
 * Creates the registry and inserts every row in one transaction with batched prepared statements: a 10,000-loop
 * registry has a few hundred thousand rows, and one commit keeps that to seconds.
 */
public final class RegistryRowWriter implements AutoCloseable {

    private static final int BATCH = 2000;
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path database;
    private final Connection connection;
    private final boolean legacy;
    private final boolean fillMetrics;
    private final List<Batch> batches = new ArrayList<>();
    private final Batch taskRuns;
    private final Batch loops;
    private final Batch workspaces;
    private final Batch artifacts;
    private final Batch artifactFiles;
    private final Batch factorRegistry;

    private RegistryRowWriter(Path database, Connection connection, boolean legacy, boolean fillMetrics)
            throws SQLException {
        this.database = database;
        this.connection = connection;
        this.legacy = legacy;
        this.fillMetrics = fillMetrics;
        this.taskRuns = batch("task_runs");
        this.loops = batch("loops");
        this.workspaces = batch("workspaces");
        this.artifacts = batch("artifacts");
        this.artifactFiles = batch("artifact_files");
        this.factorRegistry = batch("factor_registry");
    }

    /**
     * A read-write connection set up as RD-Agent's {@code SQLiteRegistry} opens one: WAL, {@code synchronous=NORMAL},
     * {@code busy_timeout=10000}. Opened through sqlite-jdbc itself, not {@code DriverManager}, which only finds
     * drivers registered from the caller's class loader (not so under Quarkus' class loaders).
     */
    public static Connection open(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.createConnection("jdbc:sqlite:" + database);
    }

    /** Creates the database (WAL, like RD-Agent) with the schema and opens the bulk transaction. */
    public static RegistryRowWriter create(Path database, boolean legacy, boolean textFlags, boolean fillMetrics) {
        try {
            Connection connection = open(database);
            try {
                connection.setAutoCommit(false);
                SyntheticSchema.create(connection, legacy, textFlags);
                return new RegistryRowWriter(database, connection, legacy, fillMetrics);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new SyntheticRegistryException("cannot create registry", database, e);
        }
    }

    public void taskRun(TaskRunPlan run) {
        List<Object> values = new ArrayList<>(List.of(run.taskRunId(), run.scenario().loopClass(), run.status(),
                EpochMicros.iso(run.createdAt()), EpochMicros.iso(run.updatedAt()), run.gitSha()));
        values.add(run.rdagentVersion());
        values.add(run.logTracePath());
        if (!legacy) {
            values.add("{}");
        }
        taskRuns.add(values);
    }

    public void loop(LoopPlan loop) {
        LoopState state = loop.state();
        boolean textFlags = loop.has(EdgeCase.TEXT_FLAGS);
        QlibMetrics metrics = fillMetrics ? loop.content().metrics() : null;
        String best = fillMetrics && state.hasResult()
                ? loop.experiment().map(WorkspacePlan::workspaceId).orElse(null) : null;
        List<Object> values = new ArrayList<>();
        values.add(loop.taskRunId());
        values.add(loop.loopId());
        values.add(loop.action().key());
        values.add(state.status());
        values.add(flag(state.hasResult(), textFlags));
        values.add(best);
        values.add(EpochMicros.iso(loop.times().started()));
        values.add(EpochMicros.iso(loop.times().ended()));
        values.add(state.errorType());
        values.add(state.errorMessage());
        values.add(metric(metrics, QlibMetrics.IC));
        values.add(metric(metrics, QlibMetrics.RANK_IC));
        values.add(metric(metrics, QlibMetrics.WITH_COST + QlibMetrics.ANNUALIZED));
        values.add(metric(metrics, QlibMetrics.WITH_COST + QlibMetrics.MAX_DRAWDOWN));
        values.add(metrics == null ? null : metrics.turnover());
        values.add(metric(metrics, QlibMetrics.WITH_COST + QlibMetrics.INFORMATION_RATIO));
        values.add(metrics == null ? null : metricsJson(metrics));
        values.add(state.logDir());
        if (!legacy) {
            long materialized = loop.times().materializedAt();
            values.add(state.materializationStatus());
            values.add(state.materializationError());
            values.add(materialized == 0 ? null : EpochMicros.iso(materialized));
            values.add(state.assetBundleId());
            values.add(state.solidified() ? flag(true, textFlags) : null);
            values.add(state.syncStatus());
            values.add(EpochMicros.iso(loop.times().updated()));
        }
        loops.add(values);
    }

    public void workspace(LoopPlan loop, WorkspacePlan workspace) {
        boolean pointers = workspace.pointers();
        workspaces.add(Arrays.asList(workspace.workspaceId(), loop.taskRunId(), loop.loopId(),
                workspace.role(), workspace.experimentType(), workspace.stepName(), workspace.status(),
                workspace.storedPath(), pointers ? "workspace_meta.json" : null,
                pointers ? "experiment_summary.json" : null, pointers ? "manifest.json" : null,
                EpochMicros.iso(workspace.createdAt()), EpochMicros.iso(workspace.updatedAt())));
    }

    public void artifacts(WorkspaceArtifacts rows) {
        for (ArtifactRow a : rows.artifacts()) {
            artifacts.add(Arrays.asList(a.artifactId(), a.taskRunId(), a.loopId(), a.workspaceId(),
                    a.artifactType(), a.name(), a.version(), a.status(), a.primaryFlag(), a.summaryJson(),
                    a.entryPath(), a.modelType(), a.modelConfJson(), a.datasetConfJson(), a.featureSchemaJson(),
                    a.createdAt(), a.updatedAt()));
        }
        for (ArtifactFileRow f : rows.files()) {
            artifactFiles.add(Arrays.asList(f.fileId(), f.artifactId(), f.workspaceId(), f.path(),
                    f.sha256(), f.sizeBytes(), f.mtimeUtc(), f.kind()));
        }
    }

    public void factorRegistry(List<FactorRegistryRow> rows) {
        for (FactorRegistryRow r : rows) {
            factorRegistry.add(Arrays.asList(r.factorName(), r.expression(), r.performanceJson(),
                    r.assetBundleId(), r.workspaceId(), r.taskRunId(), r.loopId(), r.updatedAt()));
        }
    }

    /** Flushes, commits and folds the WAL back into the main file so the DB is complete on its own. */
    public void commit() {
        try {
            for (Batch batch : batches) {
                batch.flush();
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } catch (SQLException e) {
            throw new SyntheticRegistryException("cannot commit registry rows", database, e);
        }
    }

    @Override
    public void close() {
        SQLException failure = null;
        for (Batch batch : batches) {
            try {
                batch.statement.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        try {
            connection.close();
        } catch (SQLException e) {
            failure = e;
        }
        if (failure != null) {
            throw new SyntheticRegistryException("cannot close registry", database, failure);
        }
    }

    /** An INTEGER 1/0, or TEXT '1' where old writers stored flags as strings. */
    private static Object flag(boolean value, boolean asText) {
        return asText && value ? "1" : value ? 1 : 0;
    }

    private static Object metric(QlibMetrics metrics, String key) {
        return metrics == null || !metrics.has(key) ? null : metrics.get(key);
    }

    /** The sample's {@code metrics_json}: qlib's metrics, then turnover and multi_score. */
    private static String metricsJson(QlibMetrics metrics) {
        Map<String, Object> values = new LinkedHashMap<>(metrics.values());
        values.put(QlibMetrics.WITH_COST + "turnover", metrics.turnover());
        values.put("multi_score", metric(metrics, QlibMetrics.WITH_COST + QlibMetrics.INFORMATION_RATIO));
        return jsonColumn(values);
    }

    /**
     * The text of a JSON column ({@code *_json}): Python's {@code json.dumps(value, sort_keys=True,
     * ensure_ascii=False)}, bare {@code NaN} included. The fork's own writers keep insertion order and escape
     * non-ASCII; readers parse the column, so only the spelling differs.
     */
    static String jsonColumn(Object value) {
        return PythonJson.dumps(PythonJson.valueToTree(value));
    }

    /** A batched INSERT of every column the table has in this schema, in declaration order: rows list values so. */
    private Batch batch(String table) throws SQLException {
        List<String> columns = SyntheticSchema.columnNames(table, legacy);
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        Batch batch = new Batch(table, columns.size(), connection.prepareStatement(sql));
        batches.add(batch);
        return batch;
    }

    /** One prepared INSERT collecting rows until {@link #BATCH} are pending. */
    private final class Batch {
        private final String table;
        private final int columns;
        private final PreparedStatement statement;
        private int pending;

        Batch(String table, int columns, PreparedStatement statement) {
            this.table = table;
            this.columns = columns;
            this.statement = statement;
        }

        void add(List<Object> values) {
            if (values.size() != columns) {
                // sqlite-jdbc would bind the missing ones as NULL without a word
                throw new IllegalStateException(table + " row has " + values.size() + " values for " + columns
                        + " columns");
            }
            try {
                for (int i = 0; i < values.size(); i++) {
                    bind(i + 1, values.get(i));
                }
                statement.addBatch();
                if (++pending >= BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw new SyntheticRegistryException("cannot insert registry row", database, e);
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        private void bind(int index, Object value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof String s) {
                statement.setString(index, s);
            } else if (value instanceof Integer n) {
                statement.setInt(index, n);
            } else if (value instanceof Long n) {
                statement.setLong(index, n);
            } else if (value instanceof Double d) {
                // SQLite would store NaN as NULL anyway; say so explicitly
                if (d.isNaN()) {
                    statement.setNull(index, Types.REAL);
                } else {
                    statement.setDouble(index, d);
                }
            } else {
                throw new IllegalArgumentException("unsupported column value " + value.getClass().getName());
            }
        }
    }
}
