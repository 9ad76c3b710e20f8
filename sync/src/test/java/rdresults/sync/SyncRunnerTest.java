package rdresults.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import rdresults.sync.internal.db.LockOwner;
import rdresults.sync.http.ApiClientConfig;
import rdresults.sync.http.ResultsApiClient;
import rdresults.sync.http.RetryPolicy;
import rdresults.sync.report.FailureKind;
import rdresults.sync.report.ResourceOutcome;
import rdresults.sync.report.ResourceReport;
import rdresults.sync.report.SyncReport;
import rdresults.sync.testing.CatalogRowComparison;
import rdresults.sync.testing.Catalogs;
import rdresults.sync.testing.FakeResultsApi;
import rdresults.sync.testing.TestDatabase;
import rdresults.sync.testing.TestDatabases;

class SyncRunnerTest {

    @TempDir
    Path tmp;

    private Path catalogs;
    private FakeResultsApi api;

    @BeforeEach
    void startApi() throws IOException {
        catalogs = Files.createDirectories(tmp.resolve("catalogs"));
        FakeResultsApi.copySample(catalogs);
        api = FakeResultsApi.start(catalogs);
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    private ResultsApiClient client() {
        return ResultsApiClient.create(ApiClientConfig.of(api.uri().toString())
                .withRetry(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), 1.0)));
    }

    private SyncReport sync(TestDatabase t, SyncOptions options) {
        return SyncRunner.create(client(), t.db(), options).once();
    }

    private SyncReport sync(TestDatabase t) {
        return sync(t, SyncOptions.defaults().withPageSize(3));
    }

    private static SyncOptions at(Instant instant) {
        return SyncOptions.defaults().withPageSize(3).withClock(Clock.fixed(instant, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aFullSyncMakesEveryTableEqualToItsCatalog(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            SyncReport report = sync(t);
            assertThat(report.isSuccess()).as(report.failures().toString()).isTrue();
            CatalogRowComparison.assertTablesMatch(t, catalogs);
            assertThat(report.get(SyncResource.FACTORS).inserted()).isEqualTo(43);
            assertThat(report.get(SyncResource.FACTORS).duplicates()).isEqualTo(4);
            assertThat(report.get(SyncResource.STRATEGIES).inserted()).isEqualTo(21);
            assertThat(report.get(SyncResource.MODELS).inserted()).isEqualTo(21);
            assertThat(report.get(SyncResource.LOOPS).inserted()).isEqualTo(7);
            assertThat(report.get(SyncResource.FACTOR_PACKAGE_VERSIONS).outcome()).isEqualTo(ResourceOutcome.ABSENT);
            assertThat(api.log()).as("a first sync fetches the whole loop catalog, as it does every catalog")
                    .containsExactly("GET /factor_package/versions 404", "GET /catalog/factors 200",
                            "GET /alpha158/meta 200", "GET /catalog/strategies 200", "GET /catalog/models 200",
                            "GET /catalog/loops 200");
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aSecondSyncIsOneConditionalRequestPerResourceAndWritesNothing(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            sync(t, at(Instant.parse("2026-01-01T00:00:00Z")));
            List<Map<String, Object>> before = t.rows("loop_result", "task_run_id, loop_id, workspace_id");
            List<Map<String, Object>> factorsBefore = t.rows("factor_registry", "name, source");
            api.clearLog();
            SyncReport second = sync(t, at(Instant.parse("2026-01-02T00:00:00Z")));
            assertThat(second.writes()).isZero();
            assertThat(second.resources()).extracting(ResourceReport::outcome).containsOnly(
                    ResourceOutcome.NOT_MODIFIED, ResourceOutcome.ABSENT);
            assertThat(second.requests()).isEqualTo(SyncResource.values().length);
            assertThat(api.log()).containsExactly("GET /factor_package/versions 404", "GET /catalog/factors 304",
                    "GET /alpha158/meta 304", "GET /catalog/strategies 304", "GET /catalog/models 304",
                    "HEAD /catalog/loops 304");
            assertThat(t.rows("loop_result", "task_run_id, loop_id, workspace_id")).isEqualTo(before);
            assertThat(t.rows("factor_registry", "name, source")).isEqualTo(factorsBefore);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aChangedCatalogSyncsOnlyTheChangedRow(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            sync(t, at(Instant.parse("2026-01-01T00:00:00Z")));
            Path file = catalogs.resolve("strategy_catalog.json");
            String changedId = Catalogs.entries(file, "strategies").get(4).path("strategy_id").asText();
            Catalogs.setField(file, "strategies", 4, "market", TextNode.valueOf("csi1000"));
            api.clearLog();
            SyncReport second = sync(t, at(Instant.parse("2026-01-02T00:00:00Z")));
            ResourceReport strategies = second.get(SyncResource.STRATEGIES);
            assertThat(strategies.outcome()).isEqualTo(ResourceOutcome.CHANGED);
            assertThat(strategies.updated()).isEqualTo(1);
            assertThat(strategies.unchanged()).isEqualTo(20);
            assertThat(second.writes()).isEqualTo(1);
            assertThat(t.count("SELECT COUNT(*) FROM strategy_registry WHERE updated_at > inserted_at")).isEqualTo(1);
            assertThat(t.query("SELECT market FROM strategy_registry WHERE strategy_id = ?", changedId))
                    .singleElement().satisfies(r -> assertThat(r.get("market")).isEqualTo("csi1000"));
            CatalogRowComparison.assertTablesMatch(t, catalogs);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aLoopThatDisappearsIsMarkedDeletedAndComesBack(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            sync(t, at(Instant.parse("2026-01-01T00:00:00Z")));
            Path file = catalogs.resolve("loop_catalog.json");
            String original = Catalogs.read(file).toString();
            ObjectNode gone = (ObjectNode) Catalogs.entries(file, "loops").get(2);
            Catalogs.edit(file, "loops", list -> list.remove(2));
            SyncReport second = sync(t, at(Instant.parse("2026-01-02T00:00:00Z")));
            assertThat(second.get(SyncResource.LOOPS).deleted()).isEqualTo(1);
            List<Map<String, Object>> deleted = t.query(
                    "SELECT task_run_id, loop_id, workspace_id FROM loop_result WHERE deleted_at IS NOT NULL");
            assertThat(deleted).singleElement().satisfies(r -> {
                assertThat(r.get("task_run_id")).isEqualTo(gone.path("task_run_id").asText());
                assertThat(r.get("workspace_id")).isEqualTo(gone.path("workspace_id").asText());
            });
            CatalogRowComparison.assertTablesMatch(t, catalogs);
            rdresults.model.AtomicFiles.writeString(file, original);
            SyncReport third = sync(t, at(Instant.parse("2026-01-03T00:00:00Z")));
            assertThat(third.get(SyncResource.LOOPS).updated()).isEqualTo(1);
            assertThat(t.count("SELECT COUNT(*) FROM loop_result WHERE deleted_at IS NOT NULL")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aMalformedPayloadWritesNothingAndIsRecorded(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            sync(t);
            List<Map<String, Object>> before = t.rows("loop_result", "task_run_id, loop_id, workspace_id");
            Path file = catalogs.resolve("loop_catalog.json");
            Catalogs.setField(file, "loops", 0, "sharpe", TextNode.valueOf("high"));
            Catalogs.edit(file, "loops", list -> list.remove(6));
            SyncReport report = sync(t);
            ResourceReport loops = report.get(SyncResource.LOOPS);
            assertThat(loops.outcome()).isEqualTo(ResourceOutcome.FAILED);
            assertThat(loops.failure()).isEqualTo(FailureKind.MALFORMED_PAYLOAD);
            assertThat(report.failureKinds()).containsExactly(FailureKind.MALFORMED_PAYLOAD);
            assertThat(loops.error()).isEqualTo("loops: malformed payload at loops[0].sharpe: expected a number,"
                    + " got a string; nothing was written");
            assertThat(t.rows("loop_result", "task_run_id, loop_id, workspace_id")).isEqualTo(before);
            assertThat(t.query("SELECT last_outcome, last_error, consecutive_failures FROM sync_state"
                    + " WHERE resource = 'loops'")).singleElement().satisfies(r -> {
                        assertThat(r.get("last_outcome")).isEqualTo("failed");
                        assertThat(r.get("last_error")).isEqualTo(loops.error());
                        assertThat(((Number) r.get("consecutive_failures")).intValue()).isEqualTo(1);
                    });
            assertThat(report.get(SyncResource.MODELS).outcome()).isEqualTo(ResourceOutcome.NOT_MODIFIED);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void anUnreachableApiIsRecordedAndTheRestSkipped(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            sync(t);
            List<Map<String, Object>> before = t.rows("factor_registry", "name, source");
            api.failNext("/catalog/factors", 503, 10);
            SyncReport report = sync(t);
            assertThat(report.get(SyncResource.FACTORS).outcome()).isEqualTo(ResourceOutcome.FAILED);
            assertThat(report.get(SyncResource.FACTORS).error())
                    .startsWith("factors: results API unavailable at " + api.uri() + "/catalog/factors after 2"
                            + " attempts: HTTP 503: scripted failure");
            assertThat(report.get(SyncResource.ALPHA158).outcome()).isEqualTo(ResourceOutcome.FAILED);
            assertThat(report.get(SyncResource.LOOPS).outcome()).isEqualTo(ResourceOutcome.SKIPPED);
            assertThat(report.failureKinds()).containsExactly(FailureKind.API_UNAVAILABLE);
            assertThat(report.get(SyncResource.FACTORS).requests()).isEqualTo(2);
            assertThat(t.rows("factor_registry", "name, source")).isEqualTo(before);
            assertThat(t.query("SELECT last_error FROM sync_state WHERE resource = 'factors'")).singleElement()
                    .satisfies(r -> assertThat((String) r.get("last_error")).contains("HTTP 503"));
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aRefusedResourceFailsAloneAndTheOthersSync(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            api.failNext("/catalog/strategies", 401, 1);
            SyncReport report = sync(t);
            assertThat(report.get(SyncResource.STRATEGIES).failure()).isEqualTo(FailureKind.API_REJECTED);
            assertThat(report.get(SyncResource.STRATEGIES).requests()).isEqualTo(1);
            assertThat(report.get(SyncResource.LOOPS).outcome()).isEqualTo(ResourceOutcome.CHANGED);
            assertThat(t.count("SELECT COUNT(*) FROM strategy_registry")).isZero();
            assertThat(sync(t).get(SyncResource.STRATEGIES).inserted()).as("next run catches up").isEqualTo(21);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void transientServerErrorsAreRetriedWithinTheRun(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            api.failNext("/catalog/models", 502, 1);
            SyncReport report = sync(t);
            assertThat(report.isSuccess()).isTrue();
            assertThat(report.get(SyncResource.MODELS).requests()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aLockHeldByAnotherLiveRunIsNotTaken(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            t.db().migrate();
            long future = System.currentTimeMillis() + 600_000;
            t.execute("INSERT INTO sync_lock (name, owner, acquired_at_ms, expires_at_ms) VALUES ('sync', "
                    + "'other-host/42/abcd', 0, ?)", future);
            assertThatThrownBy(() -> sync(t, SyncOptions.defaults().withLock(Duration.ofMinutes(1), Duration.ZERO)))
                    .isInstanceOfSatisfying(SyncLockedException.class,
                            e -> assertThat(e.holder()).isEqualTo("other-host/42/abcd"))
                    .hasMessageContaining("another sync run holds the lock on " + t.db().maskedUrl()
                            + " (other-host/42/abcd, lease until ");
            assertThat(t.count("SELECT COUNT(*) FROM factor_registry")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void anExpiredLockOfADeadRunIsTakenOverAndReleased(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            t.db().migrate();
            t.execute("INSERT INTO sync_lock (name, owner, acquired_at_ms, expires_at_ms) VALUES ('sync', "
                    + "'dead-run', 0, 1)");
            assertThat(sync(t).isSuccess()).isTrue();
            assertThat(t.count("SELECT COUNT(*) FROM sync_lock")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aLiveLockOfAKilledRunOnThisHostIsTakenOverAtOnce(SqlDialect dialect) throws Exception {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            t.db().migrate();
            Process ended = new ProcessBuilder("true").start();
            ended.waitFor();
            String deadOwner = LockOwner.localHost() + "/" + ended.pid() + "/abcd1234";
            t.execute("INSERT INTO sync_lock (name, owner, acquired_at_ms, expires_at_ms) VALUES ('sync', ?, 0, ?)",
                    deadOwner, System.currentTimeMillis() + 600_000);
            SyncReport report = sync(t, SyncOptions.defaults().withLock(Duration.ofMinutes(1), Duration.ZERO));
            assertThat(report.isSuccess()).isTrue();
            assertThat(t.count("SELECT COUNT(*) FROM sync_lock")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aLockOfALiveProcessOnThisHostIsWaitedFor(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            t.db().migrate();
            String liveOwner = LockOwner.localHost() + "/" + ProcessHandle.current().pid() + "/abcd1234";
            t.execute("INSERT INTO sync_lock (name, owner, acquired_at_ms, expires_at_ms) VALUES ('sync', ?, 0, ?)",
                    liveOwner, System.currentTimeMillis() + 600_000);
            assertThatThrownBy(() -> sync(t, SyncOptions.defaults().withLock(Duration.ofMinutes(1), Duration.ZERO)))
                    .isInstanceOfSatisfying(SyncLockedException.class,
                            e -> assertThat(e.holder()).isEqualTo(liveOwner));
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void publishedPackageVersionsAreSynced(SqlDialect dialect) throws IOException {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            Files.writeString(catalogs.resolve("factor_package_versions.json"), "{\"version\":\"v1\",\"versions\":["
                    + "{\"version\":\"1.0.7\",\"sha256\":\"aa\",\"size_bytes\":10,\"factor_count\":3},"
                    + "{\"version\":\"1.0.8\",\"created_at_utc\":\"2026-01-01T00:00:00+00:00\",\"notes\":\"x\"}]}");
            SyncReport report = sync(t);
            assertThat(report.get(SyncResource.FACTOR_PACKAGE_VERSIONS).inserted()).isEqualTo(2);
            assertThat(t.query("SELECT version, size_bytes, extra FROM factor_package_version ORDER BY version"))
                    .extracting(r -> r.get("version")).containsExactly("1.0.7", "1.0.8");
            Files.delete(catalogs.resolve("factor_package_versions.json"));
            assertThat(sync(t).get(SyncResource.FACTOR_PACKAGE_VERSIONS).deleted()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aFullRefreshIgnoresEtagsButStillWritesNothingUnchanged(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            sync(t);
            SyncReport full = sync(t, SyncOptions.defaults().withFullRefresh(true));
            assertThat(full.writes()).isZero();
            assertThat(full.get(SyncResource.LOOPS).outcome()).isEqualTo(ResourceOutcome.UNCHANGED);
            assertThat(full.get(SyncResource.STRATEGIES).outcome()).isEqualTo(ResourceOutcome.UNCHANGED);
        }
    }
}
