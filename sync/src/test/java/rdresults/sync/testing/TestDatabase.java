package rdresults.sync.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rdresults.sync.SyncDatabase;

/** A consumer database made for one test, with helpers to look inside. */
public final class TestDatabase implements AutoCloseable {

    private final SyncDatabase db;
    private final Runnable cleanup;

    TestDatabase(SyncDatabase db, Runnable cleanup) {
        this.db = db;
        this.cleanup = cleanup;
    }

    public SyncDatabase db() {
        return db;
    }

    /** Every row of {@code table} (a constant in tests), ordered by {@code orderBy}, as column → value maps. */
    public List<Map<String, Object>> rows(String table, String orderBy) {
        return query("SELECT * FROM " + table + " ORDER BY " + orderBy);
    }

    /** The rows of any query (test SQL only). */
    public List<Map<String, Object>> query(String sql, Object... params) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        row.put(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
                                v instanceof org.postgresql.util.PGobject pg ? pg.getValue() : v);
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new AssertionError("test query failed: " + sql, e);
        }
    }

    /** One number from a query such as {@code SELECT COUNT(*) ...}. */
    public long count(String sql, Object... params) {
        Object v = query(sql, params).get(0).values().iterator().next();
        return ((Number) v).longValue();
    }

    /** Runs a statement (test SQL only). */
    public void execute(String sql, Object... params) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
        } catch (SQLException e) {
            throw new AssertionError("test statement failed: " + sql, e);
        }
    }

    @Override
    public void close() {
        cleanup.run();
    }
}
