package rdresults.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import rdresults.registry.workspace.WorkspaceLocator;
import rdresults.testkit.conventions.StoredPaths;
import rdresults.testkit.internal.database.RegistryMutations;
import rdresults.testkit.internal.database.RegistryRowWriter;

/**
 * Keeps writing to an existing registry the way RD-Agent does while a run is live, so readers can be tested against
 * a database that changes under them: a new connection per write with RD-Agent's pragmas (WAL, synchronous=NORMAL,
 * busy_timeout=10000), {@code BEGIN IMMEDIATE} ... {@code COMMIT}, and RD-Agent's retry on "locked"/"busy" (10
 * attempts, 50 ms doubling to 1 s). Rows it adds have no workspace folders.
 *
 * <p>Use {@link #start} for a background thread in the test's JVM, {@link #writeTransactions} for a fixed number
 * of synchronous writes, or {@link #main} to write from a separate process:
 * <pre>
 * java -cp ... rdresults.testkit.ConcurrentRegistryWriter --db RDagentDB/registry.sqlite
 *      [--seed 1] [--transactions 0 (forever)] [--pause-ms 2]
 * </pre>
 */
public final class ConcurrentRegistryWriter implements AutoCloseable {

    private static final int ATTEMPTS = 10;
    private static final long FIRST_BACKOFF_MILLIS = 50;
    private static final long MAX_BACKOFF_MILLIS = 1000;

    private final Path database;
    private final RegistryMutations mutations;
    private final AtomicLong commits = new AtomicLong();
    private final Thread thread;
    private final Duration pause;
    private volatile boolean stopping;
    private volatile RuntimeException failure;

    private ConcurrentRegistryWriter(Path database, long seed, Duration pause) {
        this.database = database;
        this.pause = pause;
        try (Connection connection = RegistryRowWriter.open(database)) {
            this.mutations = RegistryMutations.prepare(connection, seed, storedPaths(database));
        } catch (SQLException e) {
            throw new SyntheticRegistryException("cannot prepare concurrent writes", database, e);
        }
        this.thread = new Thread(this::run, "concurrent-registry-writer");
        this.thread.setDaemon(true);
    }

    /** Starts writing on a daemon thread, one transaction after another with {@code pause} in between. */
    public static ConcurrentRegistryWriter start(Path registryDb, long seed, Duration pause) {
        requireRegistry(registryDb);
        ConcurrentRegistryWriter writer = new ConcurrentRegistryWriter(registryDb, seed, pause);
        writer.thread.start();
        return writer;
    }

    /** Runs {@code transactions} writes on the calling thread; returns how many committed. */
    public static long writeTransactions(Path registryDb, long seed, int transactions) {
        requireRegistry(registryDb);
        ConcurrentRegistryWriter writer = new ConcurrentRegistryWriter(registryDb, seed, Duration.ZERO);
        for (int i = 0; i < transactions; i++) {
            writer.writeOne();
        }
        return writer.commits();
    }

    /** Transactions committed so far. */
    public long commits() {
        return commits.get();
    }

    /**
     * Waits until at least {@code count} transactions have committed.
     *
     * @return false when the timeout passed first
     * @throws SyntheticRegistryException when the writer thread failed
     */
    public boolean awaitCommits(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (commits.get() < count) {
            rethrowFailure();
            if (!thread.isAlive() || System.nanoTime() > deadline) {
                return commits.get() >= count;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** Stops the writer thread after its current transaction and reports a failure it met. */
    @Override
    public void close() {
        stopping = true;
        thread.interrupt();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rethrowFailure();
    }

    public static void main(String[] args) throws InterruptedException {
        Path db = null;
        long seed = 1;
        int transactions = 0;
        long pauseMillis = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> db = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--transactions" -> transactions = Integer.parseInt(args[++i]);
                case "--pause-ms" -> pauseMillis = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]
                        + " (expected --db PATH [--seed N] [--transactions N] [--pause-ms N])");
            }
        }
        if (db == null) {
            throw new IllegalArgumentException("--db PATH is required");
        }
        try (ConcurrentRegistryWriter writer = start(db, seed, Duration.ofMillis(pauseMillis))) {
            if (transactions > 0) {
                writer.awaitCommits(transactions, Duration.ofDays(1));
            } else {
                writer.thread.join();
            }
            System.out.println("committed " + writer.commits());
        }
    }

    private void run() {
        try {
            while (!stopping) {
                writeOne();
                if (!pause.isZero()) {
                    Thread.sleep(pause.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** One transaction, retried on lock contention like RD-Agent's {@code SQLiteRegistry}. */
    private void writeOne() {
        long backoff = FIRST_BACKOFF_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = RegistryRowWriter.open(database)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("BEGIN IMMEDIATE");
                    try {
                        mutations.next(connection);
                        statement.execute("COMMIT");
                    } catch (SQLException | RuntimeException e) {
                        statement.execute("ROLLBACK");
                        throw e;
                    }
                }
                commits.incrementAndGet();
                return;
            } catch (SQLException e) {
                if (attempt >= ATTEMPTS || !isContention(e)) {
                    throw new SyntheticRegistryException("concurrent write failed after " + attempt + " attempts",
                            database, e);
                }
                sleepQuietly(backoff);
                backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
            }
        }
    }

    private static boolean isContention(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("locked") || message.contains("busy");
    }

    /** The registry lives at {@code <root>/RDagentDB/registry.sqlite}; stored paths are rendered against root. */
    private static StoredPaths storedPaths(Path database) {
        return new StoredPaths(WorkspaceLocator.repoRootOf(database));
    }

    private static void requireRegistry(Path database) {
        if (!Files.isRegularFile(database)) {
            throw new SyntheticRegistryException("registry.sqlite not found", database, null);
        }
    }

    private void rethrowFailure() {
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }

    private void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // keep the interrupt for the writer loop, which stops on it after this attempt
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
