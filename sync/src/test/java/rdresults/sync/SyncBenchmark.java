package rdresults.sync;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import rdresults.sync.http.ApiClientConfig;
import rdresults.sync.http.ResultsApiClient;
import rdresults.sync.report.SyncReport;
import rdresults.sync.testing.TestDatabases;

/**
 * Benchmark (a command, not a test): a full sync of a running API's catalogs into a fresh database, then no-change
 * syncs, printing wall time, rows/s and requests.
 *
 * <pre>
 * ./mvnw -B -q -pl sync -am test-compile \
 *     org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
 *     -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
 * java -cp sync/target/test-classes:sync/target/classes:$(cat sync/target/classpath.txt) \
 *     rdresults.sync.SyncBenchmark --api http://127.0.0.1:9123 --db sqlite --db postgres
 * </pre>
 *
 * {@code --db sqlite} uses a new temp file, {@code --db postgres[=JDBC_URL]} a new schema (dropped afterwards) on
 * the given server (default {@value TestDatabases#DEFAULT_POSTGRES_URL}); any other value is used as a JDBC URL
 * as-is. Options: {@code --token T}, {@code --page-size N} (500), {@code --no-change-runs N} (5).
 */
public final class SyncBenchmark {

    private record Target(String label, SyncDatabase db, Runnable cleanup) {
    }

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String api = null;
        String token = "";
        int pageSize = 500;
        int runs = 5;
        List<String> dbs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--api" -> api = args[++i];
                case "--token" -> token = args[++i];
                case "--page-size" -> pageSize = Integer.parseInt(args[++i]);
                case "--no-change-runs" -> runs = Integer.parseInt(args[++i]);
                case "--db" -> dbs.add(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (api == null) {
            throw new IllegalArgumentException("--api URL is required");
        }
        if (dbs.isEmpty()) {
            dbs.add("sqlite");
        }
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%-10s %-12s %10s %10s %8s %10s %9s %7s%n", "database", "run", "wall ms",
                "report ms", "rows", "rows/s", "requests", "writes");
        for (String spec : dbs) {
            Target target = target(spec);
            try {
                run(out, target, ApiClientConfig.of(api).withBearerToken(token), pageSize, runs);
            } finally {
                target.cleanup().run();
            }
        }
    }

    private static void run(PrintStream out, Target target, ApiClientConfig config, int pageSize, int runs) {
        SyncOptions options = SyncOptions.defaults().withPageSize(pageSize);
        target.db().migrate();
        long start = System.nanoTime();
        SyncReport full = SyncRunner.create(ResultsApiClient.create(config), target.db(), options).once();
        long wall = (System.nanoTime() - start) / 1_000_000;
        if (!full.isSuccess()) {
            throw new IllegalStateException("full sync failed: " + full.failures());
        }
        print(out, target.label(), "full", full, wall);
        for (int i = 1; i <= runs; i++) {
            start = System.nanoTime();
            SyncReport again = SyncRunner.create(ResultsApiClient.create(config), target.db(), options).once();
            wall = (System.nanoTime() - start) / 1_000_000;
            if (again.writes() != 0) {
                throw new IllegalStateException("no-change sync wrote " + again.writes() + " rows");
            }
            print(out, target.label(), "no-change " + i, again, wall);
        }
    }

    /** wall: around {@code once()} with client creation and connection close; report: the run's own clock. */
    private static void print(PrintStream out, String db, String run, SyncReport r, long wallMs) {
        double perSecond = wallMs == 0 ? 0 : r.rows() * 1000.0 / wallMs;
        out.printf(Locale.ROOT, "%-10s %-12s %10d %10d %8d %10.0f %9d %7d%n", db, run, wallMs,
                r.elapsed().toMillis(), r.rows(), perSecond, r.requests(), r.writes());
    }

    private static Target target(String spec) throws IOException, SQLException {
        if (spec.equals("sqlite")) {
            Path dir = Files.createTempDirectory("rdr-sync-bench");
            return new Target("sqlite", SyncDatabase.sqlite(dir.resolve("consumer.sqlite")), () -> { });
        }
        if (spec.equals("postgres") || spec.startsWith("postgres=")) {
            String base = spec.equals("postgres") ? TestDatabases.DEFAULT_POSTGRES_URL : spec.substring(9);
            String schema = "rdr_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            return new Target("postgres", SyncDatabase.open(url), () -> {
                try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                } catch (SQLException e) {
                    throw new IllegalStateException("could not drop " + schema, e);
                }
            });
        }
        SyncDatabase db = SyncDatabase.open(spec);
        return new Target(db.dialect().name().toLowerCase(Locale.ROOT), db, () -> { });
    }
}
