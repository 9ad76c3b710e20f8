package rdresults.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import rdresults.sync.internal.db.JdbcUrls;
import rdresults.sync.internal.db.Migrator;
import rdresults.sync.internal.run.DbSession;

/**
 * The consumer database: a SQLite file (the default; embedded, nothing to install) or PostgreSQL, given by JDBC
 * URL. Holds no open connection: each operation opens one, so there is nothing to close. Messages and
 * {@link #toString()} show the URL with its password masked.
 */
public final class SyncDatabase {

    /** A unit of work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Opening a SQLite file busy with another connection's WAL switch is retried (about 2 s in all). */
    private static final int CONNECT_ATTEMPTS = 15;

    private static final String SQLITE_PREFIX = "jdbc:sqlite:";

    private final String url;
    private final Properties properties;
    private final SqlDialect dialect;

    private SyncDatabase(String url, Properties properties, SqlDialect dialect) {
        this.url = url;
        this.properties = properties;
        this.dialect = dialect;
    }

    /** {@code jdbc:sqlite:<file>} or {@code jdbc:postgresql://host:port/db?user=...}. */
    public static SyncDatabase open(String jdbcUrl) {
        return open(jdbcUrl, new Properties());
    }

    /** As {@link #open(String)} with driver properties (user, password...), which win over this library's. */
    public static SyncDatabase open(String jdbcUrl, Properties driverProperties) {
        SqlDialect dialect = SqlDialect.forUrl(jdbcUrl);
        Properties p = dialect.connectionDefaults();
        p.putAll(driverProperties);
        if (dialect == SqlDialect.SQLITE) {
            createParentDirectory(jdbcUrl);
        }
        return new SyncDatabase(jdbcUrl, p, dialect);
    }

    /** A SQLite database file (created on first use, with its parent folders). */
    public static SyncDatabase sqlite(Path file) {
        return open("jdbc:sqlite:" + file.toAbsolutePath());
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** The JDBC URL with any password masked. */
    public String maskedUrl() {
        return JdbcUrls.mask(url);
    }

    /**
     * A new connection with this library's settings (SQLite: WAL, busy timeout, immediate transactions); the
     * caller closes it. For reading the synced tables.
     */
    public Connection connect() throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return dialect.connect(url, properties);
            } catch (SQLException e) {
                if (attempt == CONNECT_ATTEMPTS || !dialect.isBusy(e)) {
                    throw e;
                }
                pause(attempt, e);
            }
        }
    }

    private static void pause(int attempt, SQLException busy) throws SQLException {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy;
        }
    }

    /** Creates or upgrades the consumer schema; safe to call concurrently and repeatedly. */
    public Migrator.Result migrate() {
        try (DbSession session = DbSession.open(this)) {
            return session.migrate();
        }
    }

    /**
     * The file of a {@code jdbc:sqlite:} URL ({@code file:} prefix and {@code ?query} dropped), absolute; empty for
     * other databases and for SQLite's in-memory and {@code :resource:} databases. Lets a caller check that a
     * database exists before {@link #open(String)} would create it.
     */
    public static Optional<Path> sqliteFile(String jdbcUrl) {
        if (!jdbcUrl.regionMatches(true, 0, SQLITE_PREFIX, 0, SQLITE_PREFIX.length())) {
            return Optional.empty();
        }
        String path = jdbcUrl.substring(SQLITE_PREFIX.length());
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        if (path.isEmpty() || path.equals(":memory:") || path.startsWith(":resource:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(path).toAbsolutePath().normalize());
    }

    private static void createParentDirectory(String jdbcUrl) {
        Path parent = sqliteFile(jdbcUrl).map(Path::getParent).orElse(null);
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new SyncDatabaseException(JdbcUrls.mask(jdbcUrl), "creating the database folder", e);
        }
    }

    @Override
    public String toString() {
        return maskedUrl();
    }
}
