package rdresults.registry.internal.sql;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps the current row of a result set, by column name; must not advance the cursor. */
@FunctionalInterface
public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
}
