package rdresults.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read-only reader keeps working, and sees new commits, while the writer commits in WAL mode. */
class ConcurrentRegistryWriterTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void readerSeesCommitsFromAWriterThread() throws Exception {
        GeneratedRegistry registry = generate(SyntheticRegistryOptions.defaults().withSize(2, 6));
        long before = countLoops(registry.registryDb());
        List<Long> seen = new ArrayList<>();
        try (ConcurrentRegistryWriter writer = ConcurrentRegistryWriter.start(registry.registryDb(), 3,
                Duration.ofMillis(1));
             Connection reader = RegistryTestSupport.readOnly(registry.registryDb())) {
            readUntil(reader, before + 20, seen);
            assertThat(writer.awaitCommits(40, PATIENCE)).isTrue();
        }
        // the writer may commit before the first read, so the reader need not see the initial count itself
        assertThat(seen).isSorted()
                .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(before))
                .anySatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(before + 20));
        assertThat(countLoops(registry.registryDb())).isGreaterThanOrEqualTo(before + 20);
    }

    @Test
    void readerSeesCommitsFromAWriterProcess() throws Exception {
        GeneratedRegistry registry = generate(SyntheticRegistryOptions.defaults().withSize(2, 6));
        long before = countLoops(registry.registryDb());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ConcurrentRegistryWriter.class.getName(), "--db", registry.registryDb().toString(),
                "--transactions", "150", "--pause-ms", "1").redirectErrorStream(true).start();
        List<Long> seen = new ArrayList<>();
        try (Connection reader = RegistryTestSupport.readOnly(registry.registryDb())) {
            readUntil(reader, before + 30, seen);
        } finally {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as(output).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("committed ");
        }
        assertThat(seen).isSorted();
        assertThat(countLoops(registry.registryDb())).isGreaterThan(before);
    }

    @Test
    void sameSeedWritesTheSameRows() {
        GeneratedRegistry first = generate(SyntheticRegistryOptions.defaults().withSize(1, 3), "a");
        GeneratedRegistry second = generate(SyntheticRegistryOptions.defaults().withSize(1, 3), "b");
        assertThat(ConcurrentRegistryWriter.writeTransactions(first.registryDb(), 5, 60)).isEqualTo(60);
        assertThat(ConcurrentRegistryWriter.writeTransactions(second.registryDb(), 5, 60)).isEqualTo(60);
        assertThat(RegistryTestSupport.dump(second.registryDb()))
                .containsExactlyElementsOf(RegistryTestSupport.dump(first.registryDb()));
    }

    @Test
    void legacyRegistriesGetOnlyTheColumnsTheyHave() {
        GeneratedRegistry legacy = generate(SyntheticRegistryOptions.defaults().withSize(1, 3)
                .withEdgeCases(EnumSet.of(EdgeCase.LEGACY_SCHEMA)));
        assertThat(ConcurrentRegistryWriter.writeTransactions(legacy.registryDb(), 9, 40)).isEqualTo(40);
    }

    @Test
    void missingRegistryIsNamed() {
        Path missing = dir.resolve("nowhere").resolve("registry.sqlite");
        assertThatThrownBy(() -> ConcurrentRegistryWriter.start(missing, 1, Duration.ZERO))
                .isInstanceOf(SyntheticRegistryException.class).hasMessageContaining(missing.toString());
    }

    /** Polls the reader until it sees {@code target} loops (or gives up after {@link #PATIENCE}). */
    private static void readUntil(Connection reader, long target, List<Long> seen) throws SQLException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long last = -1;
        while (last < target && System.nanoTime() < deadline) {
            last = count(reader);
            if (seen.isEmpty() || seen.get(seen.size() - 1) != last) {
                seen.add(last);
            }
        }
        assertThat(last).as("loops seen by the reader").isGreaterThanOrEqualTo(target);
    }

    private static long countLoops(Path database) throws SQLException {
        try (Connection c = RegistryTestSupport.readOnly(database)) {
            return count(c);
        }
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM loops")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private GeneratedRegistry generate(SyntheticRegistryOptions options) {
        return generate(options, "repo");
    }

    private GeneratedRegistry generate(SyntheticRegistryOptions options, String name) {
        return SyntheticRegistryGenerator.of(options).generate(dir.resolve(name + File.separator + "root"));
    }
}
