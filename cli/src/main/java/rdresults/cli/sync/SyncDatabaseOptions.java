package rdresults.cli.sync;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import rdresults.cli.RdrCliConfig;
import rdresults.model.InvalidInputException;
import rdresults.sync.SyncDatabase;
import rdresults.sync.SqlDialect;
import rdresults.sync.SqliteNativeLibrary;

/** {@code --db JDBC_URL}: the consumer database a sync command works on. */
@Dependent
@Unremovable
public final class SyncDatabaseOptions {

    /** The SQLite file used without {@code --db}, in the current directory. */
    static final String DEFAULT_FILE = "aistock_sync.sqlite";

    private final RdrCliConfig config;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "The consumer database, jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB?user=U&password=P "
                    + "(passwords are masked in every message); default: the SQLite file " + DEFAULT_FILE
                    + " in the current directory.")
    String url;

    @Inject
    SyncDatabaseOptions(RdrCliConfig config) {
        this.config = config;
    }

    /** {@code --db}, else {@code jdbc:sqlite:<current directory>/aistock_sync.sqlite}. */
    public String url() {
        return url == null || url.isBlank()
                ? "jdbc:sqlite:" + Path.of("").toAbsolutePath().resolve(DEFAULT_FILE)
                : url.trim();
    }

    /**
     * The database, created on first use (a SQLite file and its folders). For SQLite with {@code rdr.cache-dir}
     * configured, the driver's native library is loaded from there (extracted on first use) instead of anew.
     *
     * @throws InvalidInputException the URL names no supported database
     */
    public SyncDatabase open() {
        SyncDatabase db;
        try {
            db = SyncDatabase.open(url());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--db: " + e.getMessage(), e);
        }
        if (db.dialect() == SqlDialect.SQLITE) {
            config.cacheDir().filter(d -> !d.isBlank()).ifPresent(d -> SqliteNativeLibrary.loadFrom(Path.of(d)));
        }
        return db;
    }

    /**
     * The database, which must exist when it is a SQLite file: reading the status of a file that is not there
     * would only create an empty one.
     *
     * @throws InvalidInputException no such SQLite file, or the URL names no supported database
     */
    public SyncDatabase openExisting() {
        Optional<Path> file = SyncDatabase.sqliteFile(url());
        if (file.isPresent() && !Files.isRegularFile(file.get())) {
            throw new InvalidInputException("sync database not found: " + file.get()
                    + " (run 'rdr sync once' first, or name the database with --db)");
        }
        return open();
    }
}
