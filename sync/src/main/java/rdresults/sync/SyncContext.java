package rdresults.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import rdresults.sync.db.CatalogUpserter;
import rdresults.sync.db.Row;
import rdresults.sync.db.StateRow;
import rdresults.sync.db.StoredRows;
import rdresults.sync.db.SyncLock;
import rdresults.sync.db.SyncStateStore;
import rdresults.sync.db.TableSpec;
import rdresults.sync.http.ApiResponse;
import rdresults.sync.http.ResultsApiClient;
import rdresults.sync.report.FailureKind;
import rdresults.sync.report.ResourceOutcome;
import rdresults.sync.report.ResourceReport;

/** What the resource syncs of one run share: client, database, state, lock, options and request counts. */
public final class SyncContext {

    private final ResultsApiClient client;
    private final DbSession session;
    private final SyncStateStore state;
    private final SyncLock lock;
    private final SyncOptions options;
    private final Map<SyncResource, Integer> requests = new EnumMap<>(SyncResource.class);

    SyncContext(ResultsApiClient client, DbSession session, SyncLock lock, SyncOptions options) {
        this.client = client;
        this.session = session;
        this.state = new SyncStateStore(session.db().dialect());
        this.lock = lock;
        this.options = options;
    }

    public SyncOptions options() {
        return options;
    }

    SyncStateStore state() {
        return state;
    }

    Instant now() {
        return options.clock().instant();
    }

    int requests(SyncResource r) {
        return requests.getOrDefault(r, 0);
    }

    /** GET, counting its exchanges for {@code r}. */
    public ApiResponse get(SyncResource r, String pathAndQuery, String etag) {
        return count(r, () -> client.get(r.resourceName(), pathAndQuery, etag));
    }

    /** HEAD, counting its exchanges for {@code r}. */
    public ApiResponse head(SyncResource r, String pathAndQuery, String etag) {
        return count(r, () -> client.head(r.resourceName(), pathAndQuery, etag));
    }

    private ApiResponse count(SyncResource r, java.util.function.Supplier<ApiResponse> call) {
        try {
            ApiResponse response = call.get();
            requests.merge(r, response.attempts(), Integer::sum);
            return response;
        } catch (ApiUnavailableException e) {
            requests.merge(r, e.attempts(), Integer::sum);
            throw e;
        } catch (ApiStatusException e) {
            requests.merge(r, 1, Integer::sum);
            throw e;
        }
    }

    /** The stored state of {@code r}. */
    public StateRow current(SyncResource r) {
        return session.withConnection("reading sync_state", c -> state.current(c, r.resourceName()));
    }

    /** The ETag to send: the stored one, or none for a full refresh. */
    public String etagFor(StateRow s) {
        return options.fullRefresh() || s.etag() == null ? "" : s.etag();
    }

    /** Renews the run lock inside the caller's transaction; fails when another run took it over. */
    void renewLock(Connection c) throws SQLException {
        if (!lock.renew(c)) {
            SyncLock.Holder h = lock.holder(c).orElse(new SyncLock.Holder("nobody", Instant.EPOCH));
            throw new SyncLockedException(session.db().maskedUrl(), h.owner(), h.expiresAt());
        }
    }

    /** Records a 304 for {@code resources} in one transaction; nothing else is written. */
    public List<ResourceReport> notModified(List<SyncResource> resources) {
        Instant now = now();
        return session.inTransaction("recording not-modified resources", c -> {
            renewLock(c);
            List<ResourceReport> out = new java.util.ArrayList<>();
            for (SyncResource r : resources) {
                StateRow s = state.current(c, r.resourceName());
                state.save(c, new StateRow(s.resource(), s.etag(), s.cursor(), SyncStateStore.NOT_MODIFIED, now, now,
                        s.lastChangeAt(), requests(r), s.liveRows(), 0, 0, 0, s.liveRows(), 0, s.lastError(),
                        s.lastErrorAt(), 0));
                out.add(ResourceReport.ok(r, ResourceOutcome.NOT_MODIFIED, requests(r), 0, 0, 0,
                        (int) s.liveRows(), 0, (int) s.liveRows()));
            }
            return out;
        });
    }

    /** A resource's successful sync, as stored and reported. */
    public record Applied(SyncResource resource, String etag, CatalogUpserter.Counts counts, int duplicates,
                          int liveRows, ResourceOutcome outcome) {
    }

    /** Every stored row of {@code table}: key, the text of {@code column}, deleted or not. */
    public Map<String, StoredRows.Stored> stored(TableSpec table, String column) {
        return session.withConnection("reading " + table.table(), c -> StoredRows.read(c, table, column));
    }

    /** One way of writing a table's rows, inside the apply transaction. */
    @FunctionalInterface
    private interface Write {
        CatalogUpserter.Counts run(CatalogUpserter upserter, Connection c, Instant now) throws SQLException;
    }

    /**
     * Applies a full snapshot of {@code table} and records every {@code applied} resource, in one transaction.
     */
    List<ResourceReport> apply(TableSpec table, List<Row> rows, List<Applied> applied) {
        return apply(table, (upserter, c, now) -> upserter.apply(c, rows, now), applied);
    }

    /**
     * Applies the changed {@code rows} of {@code table} and marks the {@code gone} keys deleted, leaving every other
     * row as it is, and records {@code applied}, in one transaction.
     */
    public List<ResourceReport> applyDelta(TableSpec table, List<Row> rows, List<List<Object>> gone, Applied applied) {
        return apply(table, (upserter, c, now) -> upserter.applyDelta(c, rows, gone, now), List.of(applied));
    }

    private List<ResourceReport> apply(TableSpec table, Write write, List<Applied> applied) {
        Instant now = now();
        return session.inTransaction("syncing " + table.table(), c -> {
            renewLock(c);
            CatalogUpserter.Counts counts = write.run(new CatalogUpserter(session.db().dialect(), table), c, now);
            List<ResourceReport> out = new java.util.ArrayList<>();
            for (Applied a : applied) {
                CatalogUpserter.Counts own = a.counts() == null ? counts : a.counts();
                ResourceOutcome outcome = a.outcome() != null ? a.outcome()
                        : own.writes() > 0 ? ResourceOutcome.CHANGED : ResourceOutcome.UNCHANGED;
                StateRow s = state.current(c, a.resource().resourceName());
                String stateOutcome = switch (outcome) {
                    case CHANGED -> SyncStateStore.CHANGED;
                    case NOT_MODIFIED -> SyncStateStore.NOT_MODIFIED;
                    case ABSENT -> SyncStateStore.ABSENT;
                    default -> SyncStateStore.UNCHANGED;
                };
                state.save(c, new StateRow(s.resource(), a.etag(), null, stateOutcome, now, now,
                        own.writes() > 0 ? now : s.lastChangeAt(), requests(a.resource()), a.liveRows(),
                        own.inserted(), own.updated(), own.deleted(), own.unchanged(), a.duplicates(),
                        s.lastError(), s.lastErrorAt(), 0));
                out.add(ResourceReport.ok(a.resource(), outcome, requests(a.resource()), own.inserted(),
                        own.updated(), own.deleted(), own.unchanged(), a.duplicates(), a.liveRows()));
            }
            return out;
        });
    }

    /** Records a failure of {@code r} (its own transaction: the resource's was rolled back). */
    ResourceReport failed(SyncResource r, String message, FailureKind kind) {
        Instant now = now();
        session.withConnection("recording a failure in sync_state",
                c -> {
                    state.saveFailure(c, r.resourceName(), message, requests(r), now);
                    return null;
                });
        return ResourceReport.failed(r, requests(r), message, kind);
    }
}
