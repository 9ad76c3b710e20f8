package rdresults.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import rdresults.sync.internal.catalog.ModelRows;
import rdresults.sync.internal.catalog.PackageVersionRows;
import rdresults.sync.internal.catalog.StrategyRegistryRows;
import rdresults.sync.internal.db.LockOwner;
import rdresults.sync.internal.db.SyncLock;
import rdresults.sync.http.ResultsApiClient;
import rdresults.sync.internal.loop.LoopSync;
import rdresults.sync.internal.run.ApiRequests;
import rdresults.sync.internal.run.DbSession;
import rdresults.sync.internal.run.FactorSync;
import rdresults.sync.internal.run.LeasedTransactions;
import rdresults.sync.internal.run.ResourceStore;
import rdresults.sync.internal.run.ResourceSync;
import rdresults.sync.internal.run.SnapshotSync;
import rdresults.sync.internal.run.SyncContext;
import rdresults.sync.report.FailureKind;
import rdresults.sync.report.ResourceReport;
import rdresults.sync.report.SyncReport;

/**
 * Pulls the results API into the consumer database. {@link #once()} migrates the schema, takes the database's run
 * lock, then syncs each resource in {@link SyncResource} order, each in its own transaction:
 * <ul>
 *   <li>idempotent: unchanged rows are not written (content hash), so a second run changes nothing;</li>
 *   <li>incremental: an unchanged resource costs one conditional request (304) and no data writes;</li>
 *   <li>atomic per resource: a failure rolls that resource back and is recorded in {@code sync_state}; malformed
 *       payloads and refused requests do not stop the other resources, an unreachable API skips the rest;</li>
 *   <li>entries gone upstream get {@code deleted_at}, and lose it when they come back.</li>
 * </ul>
 * Thread-safe per call; concurrent calls (in this or other processes) serialise on the run lock.
 */
public final class SyncRunner {

    private static final Logger LOG = Logger.getLogger(SyncRunner.class);
    private static final String LOCK_NAME = "sync";
    private static final Duration LOCK_POLL = Duration.ofMillis(250);

    private final ResultsApiClient client;
    private final SyncDatabase db;
    private final SyncOptions options;
    private final List<ResourceSync> syncs;

    private SyncRunner(ResultsApiClient client, SyncDatabase db, SyncOptions options) {
        this.client = client;
        this.db = db;
        this.options = options;
        this.syncs = List.of(
                new SnapshotSync(SyncResource.FACTOR_PACKAGE_VERSIONS, new PackageVersionRows()),
                new FactorSync(),
                new SnapshotSync(SyncResource.STRATEGIES, new StrategyRegistryRows()),
                new SnapshotSync(SyncResource.MODELS, new ModelRows()),
                new LoopSync());
    }

    /** A runner syncing from {@code client}'s API into {@code db}. */
    public static SyncRunner create(ResultsApiClient client, SyncDatabase db, SyncOptions options) {
        return new SyncRunner(client, db, options);
    }

    /**
     * One sync run.
     *
     * @return per-resource outcomes; failures of single resources are in the report, not thrown
     * @throws SyncLockedException     when another run holds the lock for longer than {@code lockWait}
     * @throws SyncDatabaseException   when the consumer database fails (the resource in progress is rolled back)
     * @throws MigrationException      when the schema cannot be brought up to date
     */
    public SyncReport once() {
        Instant started = options.clock().instant();
        try (DbSession session = DbSession.open(db)) {
            session.migrate();
            SyncLock lock = new SyncLock(LOCK_NAME, options.owner(), options.lockLease(), options.clock());
            acquire(session, lock);
            LOG.infof("sync from %s into %s started", client.config().baseUri(), db.maskedUrl());
            List<ResourceReport> reports;
            try {
                ApiRequests requests = new ApiRequests(client);
                ResourceStore store = new ResourceStore(new LeasedTransactions(session, lock), requests,
                        options.clock());
                reports = runAll(new SyncContext(requests, store, options));
            } catch (RuntimeException e) {
                release(session, lock, e);
                throw e;
            }
            release(session, lock, null);
            SyncReport report = new SyncReport(started, options.clock().instant(), reports);
            LOG.infof("sync finished in %d ms: %d requests, %d rows written, %d failed resources",
                    report.elapsed().toMillis(), report.requests(), report.writes(), report.failures().size());
            return report;
        }
    }

    private List<ResourceReport> runAll(SyncContext ctx) {
        List<ResourceReport> out = new ArrayList<>();
        String unreachable = null;
        for (ResourceSync sync : syncs) {
            if (unreachable != null) {
                for (SyncResource r : sync.resources()) {
                    ResourceReport skipped = ResourceReport.skipped(r, "not attempted: " + unreachable);
                    out.add(skipped);
                    options.listener().resourceFinished(skipped);
                }
                continue;
            }
            sync.resources().forEach(options.listener()::resourceStarting);
            try {
                List<ResourceReport> done = sync.run(ctx);
                out.addAll(done);
                done.forEach(options.listener()::resourceFinished);
            } catch (ApiUnavailableException e) {
                out.addAll(recordFailure(ctx, sync, e.resource(), e.getMessage(), FailureKind.API_UNAVAILABLE));
                unreachable = e.getMessage();
            } catch (ApiStatusException e) {
                out.addAll(recordFailure(ctx, sync, e.resource(), e.getMessage(), FailureKind.API_REJECTED));
            } catch (MalformedPayloadException e) {
                out.addAll(recordFailure(ctx, sync, e.resource(), e.getMessage(), FailureKind.MALFORMED_PAYLOAD));
            }
        }
        return out;
    }

    private List<ResourceReport> recordFailure(SyncContext ctx, ResourceSync sync, String failed, String message,
            FailureKind kind) {
        // the failure is returned in the report and kept in sync_state; the caller surfaces it (rdr prints it once)
        LOG.debugf("sync of %s failed: %s", failed, message);
        List<ResourceReport> out = new ArrayList<>();
        for (SyncResource r : sync.resources()) {
            String own = r.resourceName().equals(failed) ? message : "not applied because " + failed
                    + " failed: " + message;
            ResourceReport report = ctx.store().failed(r, own, kind);
            out.add(report);
            options.listener().resourceFinished(report);
        }
        return out;
    }

    private void acquire(DbSession session, SyncLock lock) {
        Instant deadline = options.clock().instant().plus(options.lockWait());
        while (true) {
            if (session.withConnection("taking the sync lock", lock::tryAcquire)) {
                return;
            }
            Optional<SyncLock.Holder> holder = session.withConnection("reading the sync lock", lock::holder);
            if (holder.isEmpty()) {
                continue; // released in between: try again at once
            }
            if (takeOverFromDeadOwner(session, lock, holder.get())) {
                return;
            }
            Instant now = options.clock().instant();
            if (!now.isBefore(deadline)) {
                SyncLock.Holder h = holder.get();
                throw new SyncLockedException(db.maskedUrl(), h.owner(), h.expiresAt());
            }
            LOG.debugf("sync lock held by %s; waiting", holder.get().owner());
            sleep(Duration.ofMillis(Math.min(LOCK_POLL.toMillis(), Duration.between(now, deadline).toMillis() + 1)));
        }
    }

    /** A holder that is a process of this host that has ended (killed) left its lock behind: take it at once. */
    private boolean takeOverFromDeadOwner(DbSession session, SyncLock lock, SyncLock.Holder holder) {
        boolean dead = LockOwner.parse(holder.owner()).filter(o -> o.isDeadOn(LockOwner.localHost())).isPresent();
        if (dead && session.withConnection("taking over the sync lock", c -> lock.takeOver(c, holder.owner()))) {
            LOG.warnf("sync lock on %s taken over from %s: that process no longer runs on this host",
                    db.maskedUrl(), holder.owner());
            return true;
        }
        return false;
    }

    private void release(DbSession session, SyncLock lock, RuntimeException primary) {
        try {
            session.withConnection("releasing the sync lock", c -> {
                lock.release(c);
                return null;
            });
        } catch (SyncDatabaseException e) {
            if (primary == null) {
                throw e;
            }
            primary.addSuppressed(e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncInterruptedException("waiting for the sync lock", e);
        }
    }
}
