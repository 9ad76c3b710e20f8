package rdresults.sync.internal.loop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import rdresults.sync.SyncOptions;
import rdresults.sync.SyncResource;
import rdresults.sync.SyncRunner;
import rdresults.sync.SqlDialect;
import rdresults.sync.http.ApiClientConfig;
import rdresults.sync.http.ResultsApiClient;
import rdresults.sync.http.RetryPolicy;
import rdresults.sync.report.ResourceOutcome;
import rdresults.sync.report.ResourceReport;
import rdresults.sync.report.SyncReport;
import rdresults.sync.testing.CatalogRowComparison;
import rdresults.sync.testing.Catalogs;
import rdresults.sync.testing.FakeResultsApi;
import rdresults.sync.testing.TestDatabase;
import rdresults.sync.testing.TestDatabases;

/**
 * The loop catalog's incremental sync: after a first full sync, a changed catalog costs a key listing and the
 * {@code since} pages of the changed entries, and ends in the same table a full sync of it would give; where the
 * delta cannot be asked for or trusted, the whole catalog is fetched instead.
 */
class LoopSyncTest {

    private static final String KEY_PAGE = "GET /catalog/loops?fields=task_run_id,loop_id,workspace_id,updated_at_utc"
            + "&limit=10000 200";
    /** The HEAD with the first HEAD's ETag that makes sure the catalog did not move while it was listed. */
    private static final String CONFIRM = "HEAD /catalog/loops 304";
    /** The whole catalog, as a first sync fetches it. */
    private static final String WHOLE = "GET /catalog/loops 200";
    private static final String KEY_ORDER = "task_run_id, loop_id, workspace_id";
    /** The bookkeeping times differ between two databases synced at different moments; the rest must not. */
    private static final String CONTENT = "SELECT * FROM loop_result WHERE deleted_at IS NULL ORDER BY " + KEY_ORDER;

    @TempDir
    Path tmp;

    private Path catalogs;
    private Path loops;
    private FakeResultsApi api;

    @BeforeEach
    void startApi() throws IOException {
        catalogs = Files.createDirectories(tmp.resolve("catalogs"));
        FakeResultsApi.copySample(catalogs);
        loops = catalogs.resolve("loop_catalog.json");
        // the reference sample predates updated_at_utc; the Java exporters write it for every loop
        Catalogs.edit(loops, "loops", list -> {
            for (int i = 0; i < list.size(); i++) {
                ((ObjectNode) list.get(i)).put("updated_at_utc", time(1, i));
            }
        });
        api = FakeResultsApi.start(catalogs);
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    /** An updated_at_utc in the catalog's format: day {@code day} of 2026-01, hour {@code hour}. */
    private static String time(int day, int hour) {
        return String.format("2026-01-%02dT%02d:00:00.123456+00:00", day, hour);
    }

    private SyncReport sync(TestDatabase t, Instant at) {
        ResultsApiClient client = ResultsApiClient.create(ApiClientConfig.of(api.uri().toString())
                .withRetry(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), 1.0)));
        return SyncRunner.create(client, t.db(), SyncOptions.defaults().withPageSize(3)
                .withClock(Clock.fixed(at, ZoneOffset.UTC))).once();
    }

    private List<String> loopRequests() {
        return api.log().stream().filter(l -> l.contains("/catalog/loops")).collect(Collectors.toList());
    }

    private static String sincePage(String since) {
        return "GET /catalog/loops?since=" + URLEncoder.encode(since, StandardCharsets.UTF_8) + "&limit=3 200";
    }

    /** Changes two loops (new time and status), adds one and removes one; returns the removed entry. */
    private ObjectNode changeTwoAddOneRemoveOne() {
        ObjectNode removed = (ObjectNode) Catalogs.entries(loops, "loops").get(2).deepCopy();
        Catalogs.edit(loops, "loops", list -> {
            ObjectNode added = list.get(0).deepCopy();
            added.put("workspace_id", "0123456789abcdef0123456789abcdef").put("updated_at_utc", time(3, 0));
            ((ObjectNode) list.get(1)).put("updated_at_utc", time(2, 5)).put("status", "rerun");
            ((ObjectNode) list.get(4)).put("updated_at_utc", time(2, 7)).put("sharpe", 9.5);
            list.remove(2);
            list.add(added);
        });
        return removed;
    }

    /** The live rows equal those a full sync of the current catalogs writes into a fresh database. */
    private void assertEqualsAFullSync(SqlDialect dialect, TestDatabase t) {
        CatalogRowComparison.assertTablesMatch(t, catalogs);
        try (TestDatabase fresh = TestDatabases.create(dialect, tmp)) {
            assertThat(sync(fresh, Instant.parse("2026-03-01T00:00:00Z")).isSuccess()).isTrue();
            assertThat(content(t)).isEqualTo(content(fresh));
        }
    }

    private static List<Map<String, Object>> content(TestDatabase t) {
        List<Map<String, Object>> rows = t.query(CONTENT);
        rows.forEach(r -> r.keySet().removeAll(List.of("inserted_at", "updated_at", "deleted_at")));
        return rows;
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aChangedCatalogCostsTheKeyListingAndTheSincePagesOfTheChangedLoops(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            sync(t, Instant.parse("2026-02-01T00:00:00Z"));
            ObjectNode untouched = (ObjectNode) Catalogs.entries(loops, "loops").get(0);
            String untouchedRow = "SELECT * FROM loop_result WHERE task_run_id = ? AND workspace_id = ?";
            Map<String, Object> untouchedBefore = t.query(untouchedRow, untouched.path("task_run_id").asText(),
                    untouched.path("workspace_id").asText()).get(0);
            List<Map<String, Object>> before = t.query("SELECT task_run_id, loop_id, workspace_id, updated_at FROM"
                    + " loop_result ORDER BY " + KEY_ORDER);
            ObjectNode removed = changeTwoAddOneRemoveOne();
            api.clearLog();

            SyncReport report = sync(t, Instant.parse("2026-02-02T00:00:00Z"));

            assertThat(loopRequests()).containsExactly("HEAD /catalog/loops 200", KEY_PAGE,
                    sincePage(time(2, 5)), CONFIRM);
            ResourceReport r = report.get(SyncResource.LOOPS);
            assertThat(r.outcome()).isEqualTo(ResourceOutcome.CHANGED);
            assertThat(List.of(r.requests(), r.inserted(), r.updated(), r.deleted(), r.unchanged(), r.liveRows()))
                    .containsExactly(4, 1, 2, 1, 4, 7);
            assertThat(t.query("SELECT requests, inserted, updated, deleted, unchanged, live_rows FROM sync_state"
                    + " WHERE resource = 'loops'")).singleElement().satisfies(s -> assertThat(s.values())
                    .extracting(v -> ((Number) v).longValue()).containsExactly(4L, 1L, 2L, 1L, 4L, 7L));
            assertThat(t.query("SELECT task_run_id, workspace_id FROM loop_result WHERE deleted_at IS NOT NULL"))
                    .singleElement().satisfies(row -> {
                        assertThat(row.get("task_run_id")).isEqualTo(removed.path("task_run_id").asText());
                        assertThat(row.get("workspace_id")).isEqualTo(removed.path("workspace_id").asText());
                    });
            List<Map<String, Object>> after = t.query("SELECT task_run_id, loop_id, workspace_id, updated_at FROM"
                    + " loop_result ORDER BY " + KEY_ORDER);
            assertThat(after.stream().filter(before::contains)).as("rows not written keep their updated_at")
                    .hasSize(4);
            assertThat(t.query(untouchedRow, untouched.path("task_run_id").asText(),
                    untouched.path("workspace_id").asText()).get(0)).isEqualTo(untouchedBefore);
            assertEqualsAFullSync(dialect, t);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aDeletedLoopThatComesBackIsFetchedThroughSince(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            sync(t, Instant.parse("2026-02-01T00:00:00Z"));
            String original = Catalogs.read(loops).toString();
            Catalogs.edit(loops, "loops", list -> list.remove(2));
            api.clearLog();
            SyncReport gone = sync(t, Instant.parse("2026-02-02T00:00:00Z"));
            assertThat(loopRequests()).as("nothing changed but a removal: no since pages")
                    .containsExactly("HEAD /catalog/loops 200", KEY_PAGE, CONFIRM);
            assertThat(gone.get(SyncResource.LOOPS).deleted()).isEqualTo(1);

            rdresults.model.AtomicFiles.writeString(loops, original);
            api.clearLog();
            SyncReport back = sync(t, Instant.parse("2026-02-03T00:00:00Z"));
            assertThat(loopRequests()).containsExactly("HEAD /catalog/loops 200", KEY_PAGE, sincePage(time(1, 2)),
                    "GET /catalog/loops?since=" + URLEncoder.encode(time(1, 2), StandardCharsets.UTF_8)
                            + "&limit=3&cursor=5 200", CONFIRM);
            ResourceReport r = back.get(SyncResource.LOOPS);
            assertThat(List.of(r.inserted(), r.updated(), r.deleted(), r.unchanged())).containsExactly(0, 1, 0, 6);
            assertThat(t.count("SELECT COUNT(*) FROM loop_result WHERE deleted_at IS NOT NULL")).isZero();
            assertEqualsAFullSync(dialect, t);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aNewCatalogGenerationWithoutLoopChangesWritesNothing(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            sync(t, Instant.parse("2026-02-01T00:00:00Z"));
            List<Map<String, Object>> before = t.rows("loop_result", KEY_ORDER);
            ObjectNode root = Catalogs.read(loops);
            root.put("generated_at_utc", "2026-02-01T12:00:00+00:00");
            rdresults.model.AtomicFiles.writeString(loops, rdresults.model.PythonJson.dumpIndented(root));
            api.clearLog();
            SyncReport report = sync(t, Instant.parse("2026-02-02T00:00:00Z"));
            assertThat(loopRequests()).containsExactly("HEAD /catalog/loops 200", KEY_PAGE, CONFIRM);
            assertThat(report.get(SyncResource.LOOPS).outcome()).isEqualTo(ResourceOutcome.UNCHANGED);
            assertThat(report.get(SyncResource.LOOPS).unchanged()).isEqualTo(7);
            assertThat(t.rows("loop_result", KEY_ORDER)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aChangedLoopWithoutUpdatedAtMakesTheWholeCatalogFetched(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            sync(t, Instant.parse("2026-02-01T00:00:00Z"));
            changeTwoAddOneRemoveOne();
            Catalogs.edit(loops, "loops", list -> ((ObjectNode) list.get(2)).remove("updated_at_utc"));
            api.clearLog();

            SyncReport report = sync(t, Instant.parse("2026-02-02T00:00:00Z"));

            assertThat(loopRequests()).containsExactly("HEAD /catalog/loops 200", KEY_PAGE, WHOLE);
            ResourceReport r = report.get(SyncResource.LOOPS);
            assertThat(List.of(r.inserted(), r.updated(), r.deleted(), r.unchanged(), r.liveRows()))
                    .containsExactly(1, 3, 1, 3, 7);
            assertEqualsAFullSync(dialect, t);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aChangedLoopWhoseUpdatedAtIsNoTimeMakesTheWholeCatalogFetched(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            sync(t, Instant.parse("2026-02-01T00:00:00Z"));
            changeTwoAddOneRemoveOne();
            Catalogs.edit(loops, "loops", list -> ((ObjectNode) list.get(2)).put("updated_at_utc", "0 days ago"));
            api.clearLog();

            SyncReport report = sync(t, Instant.parse("2026-02-02T00:00:00Z"));

            assertThat(loopRequests()).containsExactly("HEAD /catalog/loops 200", KEY_PAGE,
                    "GET /catalog/loops?since=0+days+ago&limit=3 400", WHOLE);
            assertThat(report.get(SyncResource.LOOPS).updated()).isEqualTo(3);
            assertEqualsAFullSync(dialect, t);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void anApiThatRefusesFieldsGetsTheWholeCatalogFetched(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            sync(t, Instant.parse("2026-02-01T00:00:00Z"));
            changeTwoAddOneRemoveOne();
            api.refuseFields();
            api.clearLog();

            SyncReport report = sync(t, Instant.parse("2026-02-02T00:00:00Z"));

            assertThat(loopRequests()).containsExactly("HEAD /catalog/loops 200", KEY_PAGE.replace(" 200", " 400"),
                    WHOLE);
            ResourceReport r = report.get(SyncResource.LOOPS);
            assertThat(r.outcome()).isEqualTo(ResourceOutcome.CHANGED);
            assertThat(report.isSuccess()).isTrue();
            assertThat(List.of(r.requests(), r.inserted(), r.updated(), r.deleted(), r.unchanged()))
                    .containsExactly(3, 1, 2, 1, 4);
            assertEqualsAFullSync(dialect, t);
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aFullRefreshFetchesTheWholeCatalog(SqlDialect dialect) {
        try (TestDatabase t = TestDatabases.create(dialect, tmp)) {
            sync(t, Instant.parse("2026-02-01T00:00:00Z"));
            changeTwoAddOneRemoveOne();
            api.clearLog();
            ResultsApiClient client = ResultsApiClient.create(ApiClientConfig.of(api.uri().toString()));
            SyncReport report = SyncRunner.create(client, t.db(), SyncOptions.defaults().withPageSize(3)
                    .withFullRefresh(true)).once();
            assertThat(loopRequests()).containsExactly(WHOLE);
            assertThat(report.get(SyncResource.LOOPS).writes()).isEqualTo(4);
            assertEqualsAFullSync(dialect, t);
        }
    }
}
