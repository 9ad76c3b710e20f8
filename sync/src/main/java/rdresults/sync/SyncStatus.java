package rdresults.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rdresults.sync.internal.db.StateRow;
import rdresults.sync.internal.db.SyncStateStore;
import rdresults.sync.internal.run.DbSession;
import rdresults.sync.status.FactorLibVersion;
import rdresults.sync.status.ResourceStatus;
import rdresults.sync.status.StatusReport;
import rdresults.sync.status.VersionAlignment;

/**
 * Reads what the syncs left in a consumer database: {@code sync_state} per resource, live and deleted rows per
 * table, and whether the synced factors' implementations (the resolved ones when the API resolved them, else the
 * recorded {@code impl_version}) match an installed {@code rd_factors_lib}. Brings the schema
 * up to date first (so a database never synced reads as "never").
 */
public final class SyncStatus {

    private static final String SCHEMA_VERSION_SQL = """
            SELECT MAX(version) FROM schema_version""";

    private static final String IMPL_VERSIONS_SQL = """
            SELECT impl_version, COUNT(*) AS factors FROM factor_registry
            WHERE deleted_at IS NULL AND impl_version IS NOT NULL AND impl_version <> ''
            GROUP BY impl_version""";

    /** Versions of the resolved implementations (catalogs exported with a factor library). */
    private static final String RESOLVED_VERSIONS_SQL = """
            SELECT implementation_version, COUNT(*) AS factors FROM factor_registry
            WHERE deleted_at IS NULL AND implementation_version IS NOT NULL AND implementation_version <> ''
            GROUP BY implementation_version""";

    private static final String PACKAGE_VERSIONS_SQL = """
            SELECT version FROM factor_package_version WHERE deleted_at IS NULL""";

    /** Table names come from {@link SyncResource#table()}, never from input. */
    private static final String TABLE_COUNTS_SQL = """
            SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN deleted_at IS NULL THEN 1 ELSE 0 END), 0) AS live
            FROM %s""";

    private SyncStatus() {
    }

    /** Status without a version check ({@link VersionAlignment.State#NOT_CHECKED}). */
    public static StatusReport read(SyncDatabase db) {
        return read(db, null, false);
    }

    /** Status with the synced {@code impl_version} compared against the library installed under {@code factorLibRoot}. */
    public static StatusReport read(SyncDatabase db, Path factorLibRoot) {
        return read(db, factorLibRoot, true);
    }

    private static StatusReport read(SyncDatabase db, Path factorLibRoot, boolean check) {
        SyncStateStore store = new SyncStateStore(db.dialect());
        try (DbSession session = DbSession.open(db)) {
            session.migrate();
            return session.withConnection("reading sync status", c -> {
                List<ResourceStatus> resources = new ArrayList<>();
                Map<String, long[]> tables = new LinkedHashMap<>();
                for (SyncResource r : SyncResource.values()) {
                    long[] counts = tables.get(r.table());
                    if (counts == null) {
                        counts = tableCounts(c, r.table());
                        tables.put(r.table(), counts);
                    }
                    StateRow s = store.current(c, r.resourceName());
                    resources.add(new ResourceStatus(r, s, counts[1], counts[0] - counts[1]));
                }
                VersionAlignment alignment = check ? align(c, factorLibRoot) : new VersionAlignment(
                        VersionAlignment.State.NOT_CHECKED, null, syncedVersion(c, implVersions(c)).orElse(null),
                        implVersions(c), "not checked: no factor library root given (--factor-lib)");
                return new StatusReport(db.maskedUrl(), schemaVersion(c), resources, alignment);
            });
        }
    }

    private static VersionAlignment align(Connection c, Path root) throws SQLException {
        Map<String, Long> perVersion = implVersions(c);
        boolean resolved = hasResolvedImplementations(c);
        String synced = syncedVersion(c, perVersion).orElse(null);
        Optional<String> installed = Files.isDirectory(root) ? FactorLibVersion.find(root) : Optional.empty();
        if (installed.isEmpty()) {
            return new VersionAlignment(VersionAlignment.State.NOT_INSTALLED, null, synced, perVersion,
                    "not installed: no rd_factors_lib VERSION or __version__ under " + root);
        }
        if (synced == null) {
            return new VersionAlignment(VersionAlignment.State.NOTHING_SYNCED, installed.get(), null, perVersion,
                    "nothing to compare: no synced factor has an impl_version (installed " + installed.get() + ")");
        }
        boolean aligned = installed.get().equals(synced);
        // a resolved implementation last changed in version V is in every package from V on: only newer ones are
        // missing from the installed package; recorded pointers say nothing that precise
        long others = perVersion.entrySet().stream().filter(e -> resolved
                        ? FactorLibVersion.ORDER.compare(e.getKey(), installed.get()) > 0
                        : !e.getKey().equals(installed.get()))
                .mapToLong(Map.Entry::getValue).sum();
        String detail = (aligned ? "aligned: installed " + installed.get() + " = synced " + synced
                : "not aligned: installed " + installed.get() + ", synced " + synced)
                + (others == 0 ? "" : resolved ? " (" + others + " live factors need a newer package)"
                        : " (" + others + " live factors point at other versions)");
        return new VersionAlignment(aligned ? VersionAlignment.State.ALIGNED : VersionAlignment.State.MISALIGNED,
                installed.get(), synced, perVersion, detail);
    }

    /** The newest published package version, else the newest impl_version of a live factor. */
    private static Optional<String> syncedVersion(Connection c, Map<String, Long> perVersion) throws SQLException {
        List<String> published = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(PACKAGE_VERSIONS_SQL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                published.add(rs.getString(1));
            }
        }
        if (!published.isEmpty()) {
            return published.stream().max(FactorLibVersion.ORDER);
        }
        return perVersion.keySet().stream().max(FactorLibVersion.ORDER);
    }

    /**
     * Live factors per implementation version: the resolved implementations' versions when the synced catalog has
     * them, else the recorded {@code impl_version}s.
     */
    private static Map<String, Long> implVersions(Connection c) throws SQLException {
        Map<String, Long> resolved = countByVersion(c, RESOLVED_VERSIONS_SQL);
        return resolved.isEmpty() ? countByVersion(c, IMPL_VERSIONS_SQL) : resolved;
    }

    private static boolean hasResolvedImplementations(Connection c) throws SQLException {
        return !countByVersion(c, RESOLVED_VERSIONS_SQL).isEmpty();
    }

    private static Map<String, Long> countByVersion(Connection c, String sql) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static long[] tableCounts(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TABLE_COUNTS_SQL.formatted(table));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong("total"), rs.getLong("live")};
        }
    }

    private static int schemaVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SCHEMA_VERSION_SQL); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
