package rdresults.sync.internal.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import rdresults.sync.SyncResource;
import rdresults.sync.internal.db.CatalogUpserter;
import rdresults.sync.internal.db.Row;
import rdresults.sync.internal.db.StateRow;
import rdresults.sync.internal.db.StoredRows;
import rdresults.sync.internal.db.SyncStateStore;
import rdresults.sync.internal.db.TableSpec;
import rdresults.sync.report.FailureKind;
import rdresults.sync.report.ResourceOutcome;
import rdresults.sync.report.ResourceReport;

/**
 * The consumer side of the resources of one run: their {@code sync_state} rows and stored rows to read, and the
 * writes that end a resource's sync. A write puts the table's rows and the resource's state row in one leased
 * transaction and returns the report, which repeats the state row just saved.
 */
public final class ResourceStore {

    private final LeasedTransactions db;
    private final SyncStateStore state;
    private final ApiRequests requests;
    private final Clock clock;

    public ResourceStore(LeasedTransactions db, ApiRequests requests, Clock clock) {
        this.db = db;
        this.state = new SyncStateStore(db.dialect());
        this.requests = requests;
        this.clock = clock;
    }

    /** A resource's successful sync, as stored and reported; null counts or outcome: those of the table's apply. */
    public record Applied(SyncResource resource, String etag, CatalogUpserter.Counts counts, int duplicates,
                          int liveRows, ResourceOutcome outcome) {
    }

    /** The stored state of {@code r}. */
    public StateRow current(SyncResource r) {
        return db.withConnection("reading sync_state", c -> state.current(c, r.resourceName()));
    }

    /** Every stored row of {@code table}: key, the text of {@code column}, deleted or not. */
    public Map<String, StoredRows.Stored> stored(TableSpec table, String column) {
        return db.withConnection("reading " + table.table(), c -> StoredRows.read(c, table, column));
    }

    /** Records a 304 for {@code resources} in one transaction; nothing else is written. */
    public List<ResourceReport> notModified(List<SyncResource> resources) {
        Instant now = clock.instant();
        return db.inTransaction("recording not-modified resources", c -> {
            List<ResourceReport> out = new ArrayList<>();
            for (SyncResource r : resources) {
                StateRow saved = state.current(c, r.resourceName()).notModified(now, requests.count(r));
                state.save(c, saved);
                out.add(report(r, ResourceOutcome.NOT_MODIFIED, saved));
            }
            return out;
        });
    }

    /** Applies a full snapshot of {@code table} and records every {@code applied} resource, in one transaction. */
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

    /** Records a failure of {@code r} (its own transaction: the resource's was rolled back). */
    public ResourceReport failed(SyncResource r, String message, FailureKind kind) {
        Instant now = clock.instant();
        db.withConnection("recording a failure in sync_state", c -> {
            state.saveFailure(c, r.resourceName(), message, requests.count(r), now);
            return null;
        });
        return ResourceReport.failed(r, requests.count(r), message, kind);
    }

    /** One way of writing a table's rows, inside the apply transaction. */
    @FunctionalInterface
    private interface Write {
        CatalogUpserter.Counts run(CatalogUpserter upserter, Connection c, Instant now) throws SQLException;
    }

    private List<ResourceReport> apply(TableSpec table, Write write, List<Applied> applied) {
        Instant now = clock.instant();
        return db.inTransaction("syncing " + table.table(), c -> {
            CatalogUpserter.Counts counts = write.run(new CatalogUpserter(db.dialect(), table), c, now);
            List<ResourceReport> out = new ArrayList<>();
            for (Applied a : applied) {
                CatalogUpserter.Counts own = a.counts() == null ? counts : a.counts();
                ResourceOutcome outcome = a.outcome() != null ? a.outcome()
                        : own.writes() > 0 ? ResourceOutcome.CHANGED : ResourceOutcome.UNCHANGED;
                StateRow saved = state.current(c, a.resource().resourceName()).applied(a.etag(),
                        stateOutcome(outcome), now, requests.count(a.resource()), a.liveRows(), own, a.duplicates());
                state.save(c, saved);
                out.add(report(a.resource(), outcome, saved));
            }
            return out;
        });
    }

    private static String stateOutcome(ResourceOutcome outcome) {
        return switch (outcome) {
            case CHANGED -> SyncStateStore.CHANGED;
            case NOT_MODIFIED -> SyncStateStore.NOT_MODIFIED;
            case ABSENT -> SyncStateStore.ABSENT;
            default -> SyncStateStore.UNCHANGED;
        };
    }

    /** The report of a resource whose state row was just saved: the same counts. */
    private static ResourceReport report(SyncResource r, ResourceOutcome outcome, StateRow saved) {
        return ResourceReport.ok(r, outcome, (int) saved.requests(), (int) saved.inserted(), (int) saved.updated(),
                (int) saved.deleted(), (int) saved.unchanged(), (int) saved.duplicates(), (int) saved.liveRows());
    }
}
