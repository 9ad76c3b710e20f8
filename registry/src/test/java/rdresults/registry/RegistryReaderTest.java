package rdresults.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.Artifact;
import rdresults.model.Loop;
import rdresults.model.LoopKey;
import rdresults.model.TaskRun;
import rdresults.model.Workspace;
import rdresults.registry.query.ArtifactQuery;
import rdresults.registry.query.InvalidQueryException;
import rdresults.registry.query.LoopQuery;
import rdresults.registry.query.Page;
import rdresults.registry.query.PageRequest;
import rdresults.registry.query.TaskRunQuery;
import rdresults.registry.query.TimeRange;
import rdresults.registry.query.WorkspaceQuery;

class RegistryReaderTest {

    private static RegistryReader sample;

    @BeforeAll
    static void openSample() {
        sample = RegistryReader.open(TestRegistries.SAMPLE_DB);
    }

    @AfterAll
    static void closeSample() {
        sample.close();
    }

    @Test
    void statsCountTheSampleRows() {
        RegistryStats stats = sample.stats();
        assertThat(stats.rowsPerTable()).containsEntry("task_runs", 3L).containsEntry("loops", 24L)
                .containsEntry("workspaces", 57L);
        assertThat(stats.loopsWithResult()).isEqualTo(21);
        assertThat(stats.loopsSolidified()).isEqualTo(10);
        assertThat(stats.loopsPerAction().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(24);
    }

    @Test
    void loopPagesTogetherAreTheWholeSetInKeyOrder() {
        List<Loop> all = sample.allLoops(LoopQuery.ALL);
        List<Loop> paged = collect(p -> sample.listLoops(LoopQuery.ALL, p), 5);
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(all).hasSize(24);
        assertThat(new HashSet<>(paged.stream().map(Loop::key).toList())).hasSize(24);
        for (int i = 1; i < all.size(); i++) {
            Loop a = all.get(i - 1);
            Loop b = all.get(i);
            int byRun = a.taskRunId().compareTo(b.taskRunId());
            assertThat(byRun < 0 || (byRun == 0 && a.loopId() < b.loopId())).isTrue();
        }
    }

    @Test
    void taskRunsFilterOnTaskRunId() {
        String id = sample.allTaskRuns(TaskRunQuery.ALL).get(1).taskRunId();
        assertThat(sample.allTaskRuns(new TaskRunQuery(id, null, null, null)))
                .extracting(TaskRun::taskRunId).containsExactly(id);
    }

    @Test
    void everyTableCanBePagedWithoutDuplicates() {
        assertThat(collect(p -> sample.listTaskRuns(TaskRunQuery.ALL, p), 2)).hasSize(3);
        List<Workspace> ws = collect(p -> sample.listWorkspaces(WorkspaceQuery.ALL, p), 7);
        assertThat(ws).hasSize(57).extracting(Workspace::workspaceId).doesNotHaveDuplicates();
        List<Artifact> artifacts = collect(p -> sample.listArtifacts(ArtifactQuery.ALL, p), 13);
        assertThat(artifacts).extracting(Artifact::artifactId).doesNotHaveDuplicates();
        assertThat(artifacts).hasSize((int) (long) sample.stats().rowsPerTable().get("artifacts"));
    }

    @Test
    void filtersNarrowLoops() {
        List<Loop> withResult = sample.allLoops(LoopQuery.ALL.withHasResult(true));
        assertThat(withResult).hasSize(21).allMatch(Loop::hasResult);
        assertThat(sample.allLoops(LoopQuery.ALL.withHasResult(false))).hasSize(3).noneMatch(Loop::hasResult);
        LoopQuery solidified = new LoopQuery(null, null, null, null, null, true, null, null);
        assertThat(sample.allLoops(solidified)).hasSize(10).allMatch(Loop::isSolidified);
        String run = withResult.get(0).taskRunId();
        assertThat(sample.allLoops(LoopQuery.ALL.withTaskRunId(run))).isNotEmpty()
                .allMatch(l -> l.taskRunId().equals(run));
        LoopQuery factorLoops = new LoopQuery(null, null, "factor", null, null, null, null, null);
        assertThat(sample.allLoops(factorLoops)).isNotEmpty().allMatch(l -> "factor".equals(l.action()));
    }

    @Test
    void timeBoundsFilterOnTheStoredText() {
        List<Loop> all = sample.allLoops(LoopQuery.ALL);
        String pivot = all.stream().map(Loop::startedAtUtc).sorted().toList().get(12);
        LoopQuery since = new LoopQuery(null, null, null, null, null, null, TimeRange.parse("created_", pivot, null),
                null);
        LoopQuery until = new LoopQuery(null, null, null, null, null, null, TimeRange.parse("created_", null, pivot),
                null);
        assertThat(sample.allLoops(since).size() + sample.allLoops(until).size()).isEqualTo(all.size());
        assertThat(sample.allLoops(since)).allMatch(l -> l.startedAtUtc().compareTo(pivot) >= 0);
    }

    @Test
    void badTimeBoundNamesTheParameter() {
        assertThatThrownBy(() -> TimeRange.parse("updated_", "yesterday", null))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("updated_since: not an ISO-8601 timestamp: 'yesterday'");
    }

    @Test
    void findsSingleRowsAndReportsAbsence() {
        Loop loop = sample.allLoops(LoopQuery.ALL).get(3);
        assertThat(sample.findLoop(loop.key())).contains(loop);
        assertThat(sample.findLoop(new LoopKey("nope", 1))).isEmpty();
        TaskRun run = sample.allTaskRuns(TaskRunQuery.ALL).get(0);
        assertThat(sample.findTaskRun(run.taskRunId())).contains(run);
    }

    @Test
    void artifactsOfALoopCarryTheirFiles() {
        Artifact any = sample.allArtifacts(ArtifactQuery.ALL, true).stream()
                .filter(a -> !a.files().isEmpty()).findFirst().orElseThrow();
        List<Artifact> ofLoop = sample.allArtifacts(ArtifactQuery.ofLoop(any.taskRunId(), any.loopId()), true);
        assertThat(ofLoop).contains(any);
        assertThat(any.files()).allMatch(f -> f.artifactId().equals(any.artifactId()));
    }

    @Test
    void tamperedCursorIsRejectedWithTheParameterName() {
        assertThatThrownBy(() -> sample.listLoops(LoopQuery.ALL, PageRequest.after("not-a-cursor", 5)))
                .isInstanceOf(InvalidQueryException.class)
                .satisfies(e -> assertThat(((InvalidQueryException) e).parameter()).isEqualTo("cursor"));
        String workspaceCursor = sample.listWorkspaces(WorkspaceQuery.ALL, PageRequest.first(1)).nextCursor();
        assertThatThrownBy(() -> sample.listLoops(LoopQuery.ALL, PageRequest.after(workspaceCursor, 5)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("not a valid loops cursor");
    }

    @Test
    void limitOutOfRangeIsRejected() {
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(InvalidQueryException.class)
                .hasMessage("limit must be between 1 and 10000, got 0");
    }

    @Test
    void missingFileNamesThePathAndCreatesNothing(@TempDir Path dir) {
        Path missing = dir.resolve("RDagentDB/registry.sqlite");
        assertThatThrownBy(() -> RegistryReader.open(missing))
                .isInstanceOf(RegistryNotFoundException.class)
                .hasMessage("registry.sqlite not found: " + missing);
        assertThat(missing).doesNotExist();
    }

    @Test
    void notADatabaseIsReported(@TempDir Path dir) throws IOException {
        Path junk = Files.writeString(dir.resolve("registry.sqlite"), "this is not sqlite, just text ".repeat(40));
        assertThatThrownBy(() -> RegistryReader.open(junk))
                .isInstanceOf(NotARegistryException.class)
                .hasMessage("not a SQLite database (or corrupt): " + junk);
    }

    @Test
    void databaseWithoutRegistryTablesIsReported(@TempDir Path dir) {
        Path other = TestRegistries.create(dir.resolve("other.sqlite"), "CREATE TABLE task_runs (x TEXT)");
        assertThatThrownBy(() -> RegistryReader.open(other))
                .isInstanceOf(NotARegistryException.class)
                .hasMessage("not an RD-Agent registry (missing tables: loops, workspaces): " + other);
    }

    @Test
    void legacyRegistryWithoutMigratedColumnsStillReads(@TempDir Path dir) {
        Path db = TestRegistries.create(dir.resolve("registry.sqlite"), TestRegistries.LEGACY_DDL + """
                ;INSERT INTO task_runs VALUES ('r1', 'S', 'success', '2025-01-01T00:00:00+00:00',
                   '2025-01-01T00:00:00+00:00', NULL, NULL, NULL);
                INSERT INTO loops (task_run_id, loop_id, action, status, has_result, started_at_utc, ended_at_utc,
                   ann_return) VALUES ('r1', 0, 'factor', 'success', '1', '2025-01-01T00:00:00+00:00',
                   '2025-01-02T00:00:00+00:00', 'NaN');
                INSERT INTO loops (task_run_id, loop_id, action, status, has_result) VALUES ('r1', 1, 'model',
                   'failed', 0)
                """);
        try (RegistryReader reader = RegistryReader.open(db)) {
            assertThat(reader.schema().missingMigratedColumns()).contains("task_runs.params_json",
                    "loops.is_solidified", "loops.updated_at_utc");
            List<Loop> loops = reader.allLoops(LoopQuery.ALL);
            assertThat(loops).hasSize(2);
            Loop first = loops.get(0);
            assertThat(first.hasResult()).isTrue();
            assertThat(first.annReturn()).isNull();
            assertThat(first.isSolidified()).isFalse();
            assertThat(first.syncStatus()).isNull();
            assertThat(reader.allLoops(new LoopQuery(null, null, null, null, null, true, null, null))).isEmpty();
            assertThat(reader.allLoops(new LoopQuery(null, null, null, null, null, false, null, null))).hasSize(2);
            LoopQuery updated = new LoopQuery(null, null, null, null, null, null, null,
                    TimeRange.parse("updated_", "2025-01-01T12:00:00Z", null));
            assertThat(reader.allLoops(updated)).extracting(Loop::loopId).containsExactly(0L);
            assertThat(reader.allTaskRuns(TaskRunQuery.ALL).get(0).paramsJson()).isNull();
            assertThat(reader.allArtifacts(ArtifactQuery.ALL, true)).isEmpty();
            assertThat(reader.stats().loopsSolidified()).isZero();
        }
    }

    @Test
    void readingNeverChangesTheRegistryFile(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("RDagentDB/registry.sqlite");
        Files.createDirectories(copy.getParent());
        Files.copy(TestRegistries.SAMPLE_DB, copy);
        byte[] before = sha256(copy);
        try (RegistryReader reader = RegistryReader.open(copy)) {
            reader.stats();
            reader.allLoops(LoopQuery.ALL);
        }
        assertThat(sha256(copy)).isEqualTo(before);
    }

    private static byte[] sha256(Path p) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static <T> List<T> collect(Function<PageRequest, Page<T>> fetch, int pageSize) {
        List<T> out = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        Page<T> page = fetch.apply(PageRequest.first(pageSize));
        out.addAll(page.items());
        while (page.hasMore()) {
            assertThat(cursors.add(page.nextCursor())).as("cursor repeats").isTrue();
            assertThat(page.items()).hasSize(pageSize);
            page = fetch.apply(PageRequest.after(page.nextCursor(), pageSize));
            out.addAll(page.items());
        }
        return out;
    }
}
