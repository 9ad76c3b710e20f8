package rdresults.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jboss.logging.Logger;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * Hands out strictly read-only SQLite connections to one registry file and keeps a few idle ones for reuse.
 *
 * <p>Connections are opened with {@code SQLITE_OPEN_READONLY} (a missing file fails instead of being created) and a
 * busy timeout, so reading is safe while RD-Agent writes the database in WAL mode. Callers borrow a connection for
 * one unit of work through {@link #withConnection(Work)}, like Jdbi's {@code withHandle}.
 */
public final class RegistrySource implements AutoCloseable {

    /** Work done with a borrowed connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final Logger LOG = Logger.getLogger(RegistrySource.class);
    private static final int DEFAULT_BUSY_TIMEOUT_MS = 10_000;
    private static final int DEFAULT_MAX_IDLE = 4;

    private final Path path;
    private final String url;
    private final SQLiteConfig config;
    private final int maxIdle;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    private RegistrySource(Path path, int busyTimeoutMs, int maxIdle) {
        this.path = path;
        this.url = "jdbc:sqlite:" + path;
        this.maxIdle = maxIdle;
        this.config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setBusyTimeout(busyTimeoutMs);
        config.setSharedCache(false);
    }

    /**
     * A source for the registry at {@code path}; the file must exist.
     *
     * @throws RegistryNotFoundException when there is no such file
     */
    public static RegistrySource readOnly(Path path) {
        return readOnly(path, DEFAULT_BUSY_TIMEOUT_MS, DEFAULT_MAX_IDLE);
    }

    /** As {@link #readOnly(Path)} with an explicit busy timeout and idle pool size. */
    public static RegistrySource readOnly(Path path, int busyTimeoutMs, int maxIdle) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new RegistryNotFoundException(absolute);
        }
        if (!Files.isRegularFile(absolute)) {
            throw new NotARegistryException(absolute, "registry path is not a file");
        }
        return new RegistrySource(absolute, busyTimeoutMs, maxIdle);
    }

    public Path path() {
        return path;
    }

    /** Runs {@code work} with a read-only connection, translating SQL failures into registry exceptions. */
    public <T> T withConnection(String operation, Work<T> work) {
        Connection connection = borrow();
        boolean healthy = false;
        try {
            T result = work.run(connection);
            healthy = true;
            return result;
        } catch (SQLException e) {
            throw translate(operation, e);
        } finally {
            giveBack(connection, healthy);
        }
    }

    private RegistryException translate(String operation, SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT) {
                return new NotARegistryException(path, "not a SQLite database (or corrupt)", e);
            }
            if (code == SQLiteErrorCode.SQLITE_CANTOPEN) {
                return new RegistryUnavailableException(path, "cannot open registry " + path + ": "
                        + e.getMessage(), e);
            }
        }
        return RegistryException.queryFailed(path, operation, e);
    }

    private Connection borrow() {
        synchronized (idle) {
            if (closed) {
                // a reader dropped while this request was under way (the file was replaced): unavailable, not a bug
                throw new RegistryUnavailableException(path, "registry " + path + " was closed while in use; retry",
                        null);
            }
            Connection c = idle.pollFirst();
            if (c != null) {
                return c;
            }
        }
        try {
            return config.createConnection(url);
        } catch (SQLException e) {
            throw translate("open", e);
        }
    }

    private void giveBack(Connection connection, boolean healthy) {
        synchronized (idle) {
            if (healthy && !closed && idle.size() < maxIdle) {
                idle.addFirst(connection);
                return;
            }
        }
        closeQuietly(connection);
    }

    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            idle.forEach(RegistrySource::closeQuietly);
            idle.clear();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // a read-only connection holds no state that could be lost; the failure is only worth a trace
            LOG.debugf(e, "closing a registry connection failed");
        }
    }
}
