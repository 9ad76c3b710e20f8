package rdresults.registry.internal.sql;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Typed column reads by name that tolerate the registry's loose typing (flags as 1 or '1', NaN metrics). */
final class Rows {

    private Rows() {
    }

    static String text(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null ? null : v.toString();
    }

    static Long integer(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** True for integer 1 or text '1', as RD-Agent's readers accept; anything else is false. */
    static boolean flag(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        if (v instanceof Number n) {
            return n.longValue() == 1;
        }
        return v instanceof String s && s.trim().equals("1");
    }

    /** A finite number, or null for NULL, NaN, infinities and non-numeric text. */
    static Double finite(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        double d;
        if (v instanceof Number n) {
            d = n.doubleValue();
        } else if (v instanceof String s) {
            try {
                d = Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        return Double.isFinite(d) ? d : null;
    }
}
