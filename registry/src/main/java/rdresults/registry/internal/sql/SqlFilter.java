package rdresults.registry.internal.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import rdresults.registry.query.TimeRange;

/**
 * A WHERE clause assembled from fixed SQL fragments and bound values, so dynamic filters never concatenate input
 * into SQL. Fragments are joined with AND.
 */
public final class SqlFilter {

    private final List<String> fragments = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Adds {@code fragment} (with one {@code ?} per value) when {@code value} is non-null. */
    public SqlFilter equalsIfSet(String expr, Object value) {
        if (value != null) {
            fragments.add(expr + " = ?");
            values.add(value);
        }
        return this;
    }

    /** RD-Agent stores flags as integer 1 or text '1'; anything else (NULL, 0, '0') counts as false. */
    public SqlFilter flagIfSet(String expr, Boolean value) {
        if (value != null) {
            fragments.add(value ? expr + " IN (1, '1')" : "(" + expr + " IS NULL OR " + expr + " NOT IN (1, '1'))");
        }
        return this;
    }

    public SqlFilter range(String expr, TimeRange range) {
        if (range != null) {
            if (range.since() != null) {
                fragments.add(expr + " >= ?");
                values.add(range.since());
            }
            if (range.until() != null) {
                fragments.add(expr + " < ?");
                values.add(range.until());
            }
        }
        return this;
    }

    /** A raw fragment with its values, for conditions such as keyset bounds. */
    public SqlFilter add(String fragment, List<?> fragmentValues) {
        fragments.add(fragment);
        values.addAll(fragmentValues);
        return this;
    }

    public String whereClause() {
        return fragments.isEmpty() ? "" : " WHERE " + String.join(" AND ", fragments);
    }

    /** Binds the values in order, starting at parameter 1; returns the next free index. */
    public int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object v : values) {
            ps.setObject(i++, v);
        }
        return i;
    }
}
