package rdresults.sync.internal.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new connection to the consumer database; the caller closes it. */
@FunctionalInterface
public interface Connector {
    Connection open() throws SQLException;
}
