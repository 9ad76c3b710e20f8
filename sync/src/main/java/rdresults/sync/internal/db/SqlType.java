package rdresults.sync.internal.db;

import rdresults.sync.SqlDialect;

/** The column types the consumer schema uses; {@link SqlDialect} maps each to a database type and binding. */
public enum SqlType {
    TEXT,
    BIGINT,
    REAL,
    BOOLEAN,
    /** JSON text: {@code jsonb} on PostgreSQL, {@code TEXT} holding JSON on SQLite. */
    JSON,
    /** An instant: {@code timestamptz} on PostgreSQL, fixed-width ISO-8601 UTC text on SQLite. */
    TIMESTAMP
}
