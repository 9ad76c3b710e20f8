package rdresults.sync;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import rdresults.sync.internal.db.JdbcUrls;
import rdresults.sync.internal.db.SqlType;

/**
 * Everything that differs between SQLite and PostgreSQL in the consumer database: column types, how JSON,
 * booleans and timestamps are bound and read, connection settings, and the migration lock. The upsert statement
 * ({@code INSERT ... ON CONFLICT (key) DO UPDATE SET c = excluded.c}) has the same text on both and is built here
 * so a third database would only add a constant.
 */
public enum SqlDialect {

    SQLITE {
        @Override
        Driver driver() {
            return new org.sqlite.JDBC();
        }

        @Override
        public String typeName(SqlType type) {
            return switch (type) {
                case TEXT, JSON, TIMESTAMP -> "TEXT";
                case BIGINT, BOOLEAN -> "INTEGER";
                case REAL -> "REAL";
            };
        }

        @Override
        public Properties connectionDefaults() {
            Properties p = new Properties();
            // IMMEDIATE: a write transaction takes the database write lock at BEGIN, so two writers queue on
            // busy_timeout instead of failing with SQLITE_BUSY at their first write
            p.setProperty("transaction_mode", "IMMEDIATE");
            p.setProperty("busy_timeout", "30000");
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "NORMAL");
            p.setProperty("foreign_keys", "true");
            return p;
        }

        @Override
        public boolean isBusy(SQLException e) {
            // SQLITE_BUSY (5) and its extended codes; opening a new file while another connection switches it to
            // WAL can fail this way before the busy timeout applies
            return (e.getErrorCode() & 0xff) == 5 || String.valueOf(e.getMessage()).contains("SQLITE_BUSY");
        }

        @Override
        public void lockForMigration(Connection c) {
            // the IMMEDIATE transaction that runs the migration already holds the database write lock
        }

        @Override
        void bindTimestamp(PreparedStatement ps, int index, Instant value) throws SQLException {
            ps.setString(index, SQLITE_TIME.format(value.atOffset(ZoneOffset.UTC)));
        }

        @Override
        public Optional<Instant> readTimestamp(ResultSet rs, String column) throws SQLException {
            String s = rs.getString(column);
            return s == null ? Optional.empty() : Optional.of(Instant.parse(s));
        }
    },

    POSTGRESQL {
        @Override
        Driver driver() {
            return new org.postgresql.Driver();
        }

        @Override
        public String typeName(SqlType type) {
            return switch (type) {
                case TEXT -> "TEXT";
                case BIGINT -> "BIGINT";
                case REAL -> "DOUBLE PRECISION";
                case BOOLEAN -> "BOOLEAN";
                case JSON -> "JSONB";
                case TIMESTAMP -> "TIMESTAMPTZ";
            };
        }

        @Override
        public String placeholder(SqlType type) {
            return type == SqlType.JSON ? "CAST(? AS jsonb)" : "?";
        }

        @Override
        public Properties connectionDefaults() {
            Properties p = new Properties();
            // batches of INSERT ... ON CONFLICT become multi-row statements: one round trip per ~128 rows
            p.setProperty("reWriteBatchedInserts", "true");
            p.setProperty("ApplicationName", "rdr-sync");
            return p;
        }

        @Override
        public void lockForMigration(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                ps.setLong(1, MIGRATION_LOCK_KEY);
                ps.execute();
            }
        }

        @Override
        void bindTimestamp(PreparedStatement ps, int index, Instant value) throws SQLException {
            ps.setObject(index, value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        public Optional<Instant> readTimestamp(ResultSet rs, String column) throws SQLException {
            OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            return t == null ? Optional.empty() : Optional.of(t.toInstant());
        }
    };

    /** Arbitrary constant naming this library's migration lock among PostgreSQL advisory locks. */
    static final long MIGRATION_LOCK_KEY = 0x7264725f73796e63L;

    private static final DateTimeFormatter SQLITE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT);

    /** The dialect of a JDBC URL ({@code jdbc:sqlite:...} or {@code jdbc:postgresql:...}). */
    public static SqlDialect forUrl(String jdbcUrl) {
        String u = jdbcUrl.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL '" + JdbcUrls.mask(jdbcUrl)
                + "': use jdbc:sqlite:<file> or jdbc:postgresql://host:port/db");
    }

    /**
     * A new connection through this dialect's driver, called directly: {@code DriverManager} only hands out
     * drivers loaded by the caller's class loader, which fails where an application is restarted in a new class
     * loader (Quarkus tests) and needs service-loader discovery this library does not need.
     */
    public Connection connect(String url, Properties properties) throws SQLException {
        Connection c = driver().connect(url, properties);
        if (c == null) {
            throw new SQLException("the " + name().toLowerCase(Locale.ROOT) + " driver does not accept the URL "
                    + JdbcUrls.mask(url));
        }
        return c;
    }

    abstract Driver driver();

    /** The database type of a column. */
    public abstract String typeName(SqlType type);

    /** The bind placeholder for a value of {@code type}. */
    public String placeholder(SqlType type) {
        return "?";
    }

    /** Driver properties this library needs; values the caller set win. */
    public abstract Properties connectionDefaults();

    /** Whether {@code e} only means another connection holds a lock for a moment (worth retrying). */
    public boolean isBusy(SQLException e) {
        return false;
    }

    /** Serialises concurrent migrations; called first inside the migration transaction. */
    public abstract void lockForMigration(Connection c) throws SQLException;

    abstract void bindTimestamp(PreparedStatement ps, int index, Instant value) throws SQLException;

    /** Reads a {@link SqlType#TIMESTAMP} column. */
    public abstract Optional<Instant> readTimestamp(ResultSet rs, String column) throws SQLException;

    /**
     * Binds {@code value} (a {@link String}, {@link Long}, {@link Double}, {@link Boolean}, {@link Instant}, or
     * JSON text for {@link SqlType#JSON}; null for SQL NULL).
     */
    public void bind(PreparedStatement ps, int index, SqlType type, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, nullType(type));
            return;
        }
        switch (type) {
            case TEXT, JSON -> ps.setString(index, (String) value);
            case BIGINT -> ps.setLong(index, (Long) value);
            case REAL -> ps.setDouble(index, (Double) value);
            case BOOLEAN -> ps.setBoolean(index, (Boolean) value);
            case TIMESTAMP -> bindTimestamp(ps, index, (Instant) value);
            default -> throw new IllegalStateException("unhandled type " + type);
        }
    }

    private static int nullType(SqlType type) {
        return switch (type) {
            case TEXT, JSON -> Types.VARCHAR;
            case BIGINT -> Types.BIGINT;
            case REAL -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
        };
    }

    /**
     * {@code INSERT INTO table (columns) VALUES (...) ON CONFLICT (keys) DO UPDATE SET c = excluded.c} for every
     * column in {@code updated}; the other non-key columns keep their stored values on conflict.
     */
    public String upsertSql(String table, List<String> keys, List<String> columns, List<SqlType> types,
            List<String> updated) {
        String placeholders = types.stream().map(this::placeholder).collect(Collectors.joining(", "));
        String sets = updated.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + placeholders + ")"
                + " ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET " + sets;
    }

    /** Runs one statement without parameters (DDL). */
    public static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
