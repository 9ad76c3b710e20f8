package rdresults.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.Loop;
import rdresults.model.testing.Python3;
import rdresults.registry.query.LoopQuery;

/**
 * Reads a registry while another process writes it the way RD-Agent does (Python sqlite3, WAL, one short
 * BEGIN IMMEDIATE transaction per write).
 */
class ConcurrentWriteTest {

    private static final String WRITER = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None)
            db.execute('PRAGMA journal_mode=WAL'); db.execute('PRAGMA busy_timeout=10000')
            for i in range(int(sys.argv[2])):
                db.execute('BEGIN IMMEDIATE')
                db.execute("INSERT INTO loops (task_run_id, loop_id, action, status, has_result, updated_at_utc)"
                           " VALUES ('writer', ?, 'factor', 'running', 1, '2026-01-01T00:00:00+00:00')", (i,))
                db.execute("UPDATE loops SET status='success' WHERE task_run_id='writer' AND loop_id=?", (i,))
                db.execute('COMMIT')
            print('done')
            """;

    @Test
    void readerSeesOnlyCommittedRowsWhileAnotherProcessWrites(@TempDir Path dir) throws Exception {
        Python3.assumeImports("sqlite3", "cross-process write test");
        Path db = dir.resolve("RDagentDB/registry.sqlite");
        Files.createDirectories(db.getParent());
        Files.copy(TestRegistries.SAMPLE_DB, db);
        int writes = 400;
        Process writer = new ProcessBuilder("python3", "-c", WRITER, db.toString(), Integer.toString(writes))
                .redirectErrorStream(true).start();
        int reads = 0;
        long lastSeen = 0;
        try (RegistryReader reader = RegistryReader.open(db)) {
            while (writer.isAlive() || reads == 0) {
                var loops = reader.allLoops(LoopQuery.ALL.withTaskRunId("writer"));
                // a committed loop is always 'success': a torn read would show 'running'
                assertThat(loops).allMatch(l -> "success".equals(l.status()));
                assertThat((long) loops.size()).isGreaterThanOrEqualTo(lastSeen);
                lastSeen = loops.size();
                assertThat(reader.stats().rowsPerTable().get("task_runs")).isEqualTo(3L);
                reads++;
            }
            assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(writer.exitValue()).as(out).isZero();
            assertThat(reader.allLoops(LoopQuery.ALL.withTaskRunId("writer"))).hasSize(writes)
                    .extracting(Loop::status).containsOnly("success");
        }
        assertThat(reads).isPositive();
    }
}
