package rdresults.sync.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import rdresults.sync.MigrationException;
import rdresults.sync.SqlDialect;

/**
 * Brings a consumer database to the schema this library needs, Flyway-style: versioned scripts applied in order
 * and recorded in {@code schema_version} with a checksum. All pending scripts run in one transaction (DDL is
 * transactional on SQLite and PostgreSQL), under the dialect's migration lock, so concurrent starts neither
 * double-apply nor see half a schema. An edited applied script, or a database newer than the library, is refused.
 */
public final class Migrator {

    private static final Logger LOG = Logger.getLogger(Migrator.class);

    /** Every migration, in order. Listed explicitly: no classpath scanning. */
    public static final List<Migration> MIGRATIONS = List.of(
            Migration.of("V1__consumer_schema.sql"),
            Migration.of("V2__factor_implementation.sql"));

    private static final String CREATE_TABLE_SQL = """
            CREATE TABLE IF NOT EXISTS schema_version (
                version      %s NOT NULL PRIMARY KEY,
                description  %s NOT NULL,
                script       %s NOT NULL,
                checksum     %s NOT NULL,
                installed_at %s NOT NULL,
                execution_ms %s NOT NULL
            )""";

    private static final String APPLIED_SQL = """
            SELECT version, checksum FROM schema_version ORDER BY version""";

    private static final String RECORD_SQL = """
            INSERT INTO schema_version (version, description, script, checksum, installed_at, execution_ms)
            VALUES (?, ?, ?, ?, ?, ?)""";

    /** What {@link #migrate} did. */
    public record Result(int fromVersion, int toVersion, List<Integer> applied) {
        public Result {
            applied = List.copyOf(applied);
        }
    }

    private final List<Migration> migrations;
    private final Clock clock;

    public Migrator(List<Migration> migrations, Clock clock) {
        this.migrations = List.copyOf(migrations);
        this.clock = clock;
    }

    /** The library's migrations. */
    public static Migrator standard(Clock clock) {
        return new Migrator(MIGRATIONS, clock);
    }

    /** The newest version this library knows. */
    public int latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /**
     * Applies pending migrations on {@code c}, which must be in auto-commit mode; commits them or, on failure,
     * rolls all of them back.
     *
     * @throws MigrationException when a script fails, an applied script was edited, or the database is newer
     * @throws SQLException       when the database fails outside a script
     */
    public Result migrate(Connection c, SqlDialect dialect) throws SQLException {
        c.setAutoCommit(false);
        try {
            dialect.lockForMigration(c);
            SqlDialect.execute(c, CREATE_TABLE_SQL.formatted(dialect.typeName(SqlType.BIGINT),
                    dialect.typeName(SqlType.TEXT), dialect.typeName(SqlType.TEXT), dialect.typeName(SqlType.TEXT),
                    dialect.typeName(SqlType.TIMESTAMP), dialect.typeName(SqlType.BIGINT)));
            TreeMap<Integer, String> applied = applied(c);
            int from = applied.isEmpty() ? 0 : applied.lastKey();
            check(applied);
            List<Integer> done = new ArrayList<>();
            for (Migration m : migrations) {
                if (!applied.containsKey(m.version())) {
                    apply(c, dialect, m);
                    done.add(m.version());
                }
            }
            c.commit();
            if (!done.isEmpty()) {
                LOG.infof("consumer schema migrated from version %d to %d", from, latestVersion());
            }
            return new Result(from, Math.max(from, latestVersion()), done);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static TreeMap<Integer, String> applied(Connection c) throws SQLException {
        TreeMap<Integer, String> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(APPLIED_SQL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getInt("version"), rs.getString("checksum"));
            }
        }
        return out;
    }

    private void check(Map<Integer, String> applied) {
        for (Map.Entry<Integer, String> e : applied.entrySet()) {
            Migration known = migrations.stream().filter(m -> m.version() == e.getKey()).findFirst().orElse(null);
            if (known == null) {
                throw new MigrationException(e.getKey(), "consumer database has schema version " + e.getKey()
                        + ", newer than this sync library knows (" + latestVersion() + "); upgrade rdr");
            }
            if (!known.checksum().equals(e.getValue())) {
                throw new MigrationException(e.getKey(), "migration V" + e.getKey() + " (" + known.resource()
                        + ") differs from the script applied to this database; migrations must never be edited");
            }
        }
    }

    private void apply(Connection c, SqlDialect dialect, Migration m) throws SQLException {
        long start = System.nanoTime();
        for (String statement : m.statements(dialect)) {
            try {
                SqlDialect.execute(c, statement);
            } catch (SQLException e) {
                throw new MigrationException(m.version(), "migration V" + m.version() + " (" + m.resource()
                        + ") failed: " + e.getMessage() + "\nstatement: " + statement, e);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(RECORD_SQL)) {
            ps.setInt(1, m.version());
            ps.setString(2, m.description());
            ps.setString(3, m.resource());
            ps.setString(4, m.checksum());
            dialect.bind(ps, 5, SqlType.TIMESTAMP, Instant.now(clock));
            ps.setLong(6, (System.nanoTime() - start) / 1_000_000);
            ps.executeUpdate();
        }
    }
}
