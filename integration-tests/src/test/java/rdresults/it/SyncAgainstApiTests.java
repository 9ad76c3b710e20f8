package rdresults.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.sync.SyncOptions;
import rdresults.sync.SyncResource;
import rdresults.sync.SyncRunner;
import rdresults.sync.http.ApiClientConfig;
import rdresults.sync.http.RequestListener;
import rdresults.sync.http.ResultsApiClient;
import rdresults.sync.http.RetryPolicy;
import rdresults.sync.report.ResourceOutcome;
import rdresults.sync.report.ResourceReport;
import rdresults.sync.report.SyncReport;
import rdresults.sync.testing.CatalogRowComparison;
import rdresults.sync.testing.Catalogs;
import rdresults.sync.testing.TestDatabase;

/**
 * The end-to-end tests: the sync library against the real packaged API on the sample catalogs, once per
 * consumer database (subclasses). Each test gets its own API process and a fresh database.
 */
abstract class SyncAgainstApiTests {

    private static final List<String> TABLES = List.of("factor_registry", "strategy_registry", "loop_result",
            "model_registry", "factor_package_version");
    private static final Map<String, String> ORDER = Map.of("factor_registry", "name, source",
            "strategy_registry", "strategy_id", "loop_result", "task_run_id, loop_id, workspace_id",
            "model_registry", "model_id", "factor_package_version", "version");

    @TempDir
    Path tmp;

    ResultsApiProcess api;
    TestDatabase t;

    /** A fresh consumer database for one test. */
    abstract TestDatabase database(Path tmp);

    @BeforeEach
    void start() throws Exception {
        t = database(tmp);
        api = ResultsApiProcess.start(tmp);
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
        if (t != null) {
            t.close();
        }
    }

    private ResultsApiClient client(RequestListener listener) {
        return ResultsApiClient.create(ApiClientConfig.of(api.uri().toString())
                .withRetry(new RetryPolicy(3, Duration.ofMillis(50), Duration.ofMillis(200), 2.0)), listener);
    }

    private SyncReport sync(int pageSize) {
        return SyncRunner.create(client(RequestListener.NONE), t.db(),
                SyncOptions.defaults().withPageSize(pageSize)).once();
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> out = new java.util.LinkedHashMap<>();
        for (String table : TABLES) {
            out.put(table, t.rows(table, ORDER.get(table)));
        }
        return out;
    }

    @Test
    void aFullSyncEqualsTheCatalogsRowByRow() {
        SyncReport report = sync(500);
        assertThat(report.isSuccess()).as(report.failures().toString()).isTrue();
        CatalogRowComparison.assertTablesMatch(t, api.catalogDir());
        assertThat(report.get(SyncResource.FACTOR_PACKAGE_VERSIONS).outcome()).isEqualTo(ResourceOutcome.ABSENT);
        assertThat(t.count("SELECT COUNT(*) FROM sync_state WHERE last_success_at IS NOT NULL"))
                .isEqualTo(SyncResource.values().length);
    }

    @Test
    void aSecondSyncIsNotModifiedEverywhereAndWritesNothing() {
        sync(500);
        Map<String, List<Map<String, Object>>> before = snapshot();
        SyncReport second = sync(500);
        assertThat(second.writes()).isZero();
        assertThat(second.requests()).as("one request per resource").isEqualTo(SyncResource.values().length);
        assertThat(second.resources()).extracting(ResourceReport::outcome)
                .containsOnly(ResourceOutcome.NOT_MODIFIED, ResourceOutcome.ABSENT);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aChangedCatalogSyncsOnlyTheChange() throws Exception {
        sync(500);
        Map<String, List<Map<String, Object>>> before = snapshot();
        String etag = api.etag("/catalog/strategies");
        Path file = api.catalogDir().resolve("strategy_catalog.json");
        String changedId = Catalogs.entries(file, "strategies").get(4).path("strategy_id").asText();
        Catalogs.setField(file, "strategies", 4, "market", TextNode.valueOf("csi1000"));
        api.awaitEtagChange("/catalog/strategies", etag);

        SyncReport second = sync(500);
        ResourceReport strategies = second.get(SyncResource.STRATEGIES);
        assertThat(strategies.outcome()).isEqualTo(ResourceOutcome.CHANGED);
        assertThat(strategies.updated()).isEqualTo(1);
        assertThat(second.writes()).isEqualTo(1);
        assertThat(second.requests()).isEqualTo(SyncResource.values().length);
        Map<String, List<Map<String, Object>>> after = snapshot();
        for (String table : TABLES) {
            if (!table.equals("strategy_registry")) {
                assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
            }
        }
        List<Map<String, Object>> changed = new ArrayList<>();
        for (int i = 0; i < after.get("strategy_registry").size(); i++) {
            if (!after.get("strategy_registry").get(i).equals(before.get("strategy_registry").get(i))) {
                changed.add(after.get("strategy_registry").get(i));
            }
        }
        assertThat(changed).singleElement().satisfies(r -> {
            assertThat(r.get("strategy_id")).isEqualTo(changedId);
            assertThat(r.get("market")).isEqualTo("csi1000");
        });
        CatalogRowComparison.assertTablesMatch(t, api.catalogDir());
    }

    @Test
    void aDeletedLoopIsMarkedDeleted() throws Exception {
        sync(2);
        String etag = api.etag("/catalog/loops");
        Path file = api.catalogDir().resolve("loop_catalog.json");
        ObjectNode gone = (ObjectNode) Catalogs.entries(file, "loops").get(3);
        Catalogs.edit(file, "loops", list -> list.remove(3));
        api.awaitEtagChange("/catalog/loops", etag);

        SyncReport second = sync(2);
        assertThat(second.get(SyncResource.LOOPS).deleted()).isEqualTo(1);
        assertThat(second.writes()).isEqualTo(1);
        assertThat(t.query("SELECT task_run_id, loop_id, workspace_id FROM loop_result WHERE deleted_at IS NOT NULL"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("task_run_id")).isEqualTo(gone.path("task_run_id").asText());
                    assertThat(((Number) r.get("loop_id")).longValue()).isEqualTo(gone.path("loop_id").asLong());
                    assertThat(r.get("workspace_id")).isEqualTo(gone.path("workspace_id").asText());
                });
        assertThat(t.count("SELECT COUNT(*) FROM loop_result")).isEqualTo(7);
        CatalogRowComparison.assertTablesMatch(t, api.catalogDir());
    }

    @Test
    void aChangedLoopCatalogIsSyncedAsADelta() throws Exception {
        Path file = api.catalogDir().resolve("loop_catalog.json");
        String etag = api.etag("/catalog/loops");
        // the reference sample predates updated_at_utc, which the Java exporters write for every loop
        Catalogs.edit(file, "loops", list -> {
            for (int i = 0; i < list.size(); i++) {
                ((ObjectNode) list.get(i)).put("updated_at_utc", "2026-01-01T0" + i + ":00:00.123456+00:00");
            }
        });
        api.awaitEtagChange("/catalog/loops", etag);
        sync(2);
        etag = api.etag("/catalog/loops");
        Catalogs.edit(file, "loops", list -> {
            ObjectNode added = list.get(0).deepCopy();
            added.put("workspace_id", "0123456789abcdef0123456789abcdef")
                    .put("updated_at_utc", "2026-01-03T00:00:00.123456+00:00");
            ((ObjectNode) list.get(1)).put("status", "rerun").put("updated_at_utc", "2026-01-02T05:00:00+00:00");
            ((ObjectNode) list.get(4)).put("sharpe", 9.5).put("updated_at_utc", "2026-01-02T07:00:00+00:00");
            list.remove(2);
            list.add(added);
        });
        api.awaitEtagChange("/catalog/loops", etag);

        List<String> loopRequests = new java.util.concurrent.CopyOnWriteArrayList<>();
        RequestListener record = (resource, method, uri, status) -> {
            if (resource.equals("loops")) {
                loopRequests.add(method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? ""
                        : "?" + uri.getRawQuery()) + " " + status);
            }
        };
        SyncReport second = SyncRunner.create(client(record), t.db(), SyncOptions.defaults().withPageSize(2)).once();

        String since = "GET /catalog/loops?since=2026-01-02T05%3A00%3A00%2B00%3A00&limit=2";
        assertThat(loopRequests).as("the key listing, then the 3 changed loops in pages of 2").satisfiesExactly(
                r -> assertThat(r).isEqualTo("HEAD /catalog/loops 200"),
                r -> assertThat(r).isEqualTo("GET /catalog/loops?fields=task_run_id,loop_id,workspace_id,"
                        + "updated_at_utc&limit=10000 200"),
                r -> assertThat(r).isEqualTo(since + " 200"),
                r -> assertThat(r).startsWith(since + "&cursor=").endsWith(" 200"),
                r -> assertThat(r).isEqualTo("HEAD /catalog/loops 304"));
        ResourceReport loops = second.get(SyncResource.LOOPS);
        assertThat(List.of(loops.inserted(), loops.updated(), loops.deleted(), loops.unchanged(), loops.liveRows()))
                .containsExactly(1, 2, 1, 4, 7);
        assertThat(second.writes()).isEqualTo(4);
        CatalogRowComparison.assertTablesMatch(t, api.catalogDir());
    }

    @Test
    void killingTheApiMidSyncLeavesTheDatabaseAsBefore() throws Exception {
        sync(2);
        Map<String, List<Map<String, Object>>> before = snapshot();
        String etag = api.etag("/catalog/loops");
        Path file = api.catalogDir().resolve("loop_catalog.json");
        Catalogs.setField(file, "loops", 0, "status", TextNode.valueOf("rerun"));
        Catalogs.edit(file, "loops", list -> list.remove(5));
        api.awaitEtagChange("/catalog/loops", etag);

        AtomicBoolean killed = new AtomicBoolean();
        // after the HEAD that finds the loop catalog changed: what would list the change then fails
        RequestListener killAfterTheProbe = (resource, method, uri, status) -> {
            if (resource.equals("loops") && method.equals("HEAD") && status == 200
                    && killed.compareAndSet(false, true)) {
                api.kill();
            }
        };
        SyncReport report = SyncRunner.create(client(killAfterTheProbe), t.db(),
                SyncOptions.defaults().withPageSize(2)).once();

        assertThat(killed).isTrue();
        ResourceReport loops = report.get(SyncResource.LOOPS);
        assertThat(loops.outcome()).isEqualTo(ResourceOutcome.FAILED);
        assertThat(loops.error()).startsWith("loops: results API unavailable at " + api.uri() + "/catalog/loops?")
                .contains("after 3 attempts: connection failed");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(t.query("SELECT last_outcome, last_error FROM sync_state WHERE resource = 'loops'"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("last_outcome")).isEqualTo("failed");
                    assertThat(r.get("last_error")).isEqualTo(loops.error());
                });
    }

    @Test
    void concurrentOnceRunsDoNotCorruptAnything() throws Exception {
        int runs = 3;
        CyclicBarrier together = new CyclicBarrier(runs);
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        List<SyncReport> reports = new ArrayList<>();
        try {
            List<Future<SyncReport>> futures = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Callable<SyncReport> run = () -> {
                    together.await();
                    return SyncRunner.create(client(RequestListener.NONE), t.db(),
                            SyncOptions.defaults().withPageSize(2).withLock(Duration.ofMinutes(5),
                                    Duration.ofSeconds(120))).once();
                };
                futures.add(pool.submit(run));
            }
            for (Future<SyncReport> f : futures) {
                reports.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reports).allSatisfy(r -> assertThat(r.isSuccess()).as(r.failures().toString()).isTrue());
        assertThat(reports.stream().mapToInt(r -> r.get(SyncResource.LOOPS).inserted()).sum()).isEqualTo(7);
        assertThat(reports.stream().mapToInt(r -> r.get(SyncResource.FACTORS).inserted()).sum()).isEqualTo(43);
        assertThat(reports.stream().filter(r -> r.writes() > 0)).hasSize(1);
        CatalogRowComparison.assertTablesMatch(t, api.catalogDir());
        assertThat(t.count("SELECT COUNT(*) FROM schema_version")).isEqualTo(2);
        assertThat(t.count("SELECT COUNT(*) FROM sync_lock")).isZero();
    }
}
