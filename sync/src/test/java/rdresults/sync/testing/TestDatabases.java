package rdresults.sync.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import rdresults.sync.SyncDatabase;
import rdresults.sync.SqlDialect;

/**
 * Real consumer databases for tests: a SQLite file in a temp folder, or a fresh schema in the PostgreSQL server at
 * {@code rdr.test.postgres.url} / {@code RDR_TEST_POSTGRES_URL} (default {@code 127.0.0.1:5432/test}, user
 * {@code postgres}), dropped on close. Without a server the PostgreSQL tests are skipped with a visible message,
 * unless {@code rdr.require.postgres=true} or {@code RDR_REQUIRE_POSTGRES=true} (CI), which makes them fail.
 */
public final class TestDatabases {

    public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private TestDatabases() {
    }

    /** A database of {@code dialect}; close it to drop a PostgreSQL schema. */
    public static TestDatabase create(SqlDialect dialect, Path tempDir) {
        return dialect == SqlDialect.SQLITE ? sqlite(tempDir) : postgres();
    }

    public static TestDatabase sqlite(Path tempDir) {
        Path file = tempDir.resolve("consumer-" + UUID.randomUUID().toString().substring(0, 8) + ".sqlite");
        return new TestDatabase(SyncDatabase.sqlite(file), () -> { });
    }

    /** A fresh schema, or the test is aborted (or failed, when PostgreSQL is required). */
    public static TestDatabase postgres() {
        String base = setting("rdr.test.postgres.url", "RDR_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL);
        String schema = "rdr_sync_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base, probeProperties());
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "PostgreSQL not reachable at " + base + " (" + e.getMessage() + ")";
            if (isRequired()) {
                throw new AssertionError(message + "; PostgreSQL is required (RDR_REQUIRE_POSTGRES=true)", e);
            }
            System.err.println("SKIPPED PostgreSQL test: " + message
                    + "; set RDR_REQUIRE_POSTGRES=true to make this a failure");
            Assumptions.abort("SKIPPED: " + message);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(SyncDatabase.open(url), () -> drop(base, schema));
    }

    /** Whether a missing PostgreSQL server fails the tests instead of skipping them. */
    public static boolean isRequired() {
        return isTrue(System.getProperty("rdr.require.postgres")) || isTrue(System.getenv("RDR_REQUIRE_POSTGRES"));
    }

    private static boolean isTrue(String v) {
        return v != null && v.trim().toLowerCase(Locale.ROOT).equals("true");
    }

    private static void drop(String base, String schema) {
        try (Connection c = DriverManager.getConnection(base, probeProperties());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new AssertionError("could not drop test schema " + schema, e);
        }
    }

    private static Properties probeProperties() {
        Properties p = new Properties();
        p.setProperty("connectTimeout", "3");
        p.setProperty("loginTimeout", "3");
        return p;
    }

    private static String setting(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? fallback : v;
    }
}
