package rdresults.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Loads sqlite-jdbc's native library from a cache folder instead of having the driver extract it again at each
 * start. The driver otherwise copies the 1 MB library out of its jar into the temp folder, compares the copy byte by
 * byte and runs {@code uname} to pick it: about a third of a short sync run such as one that finds nothing changed.
 *
 * <p>It steers the driver through sqlite-jdbc's own system properties ({@code org.sqlite.lib.path},
 * {@code org.sqlite.lib.name}), set only while it makes the driver load the library and cleared afterwards: a JVM
 * can load one library file into one class loader only, and other class loaders of the process (test runs start
 * applications in fresh ones) must keep extracting their own copy. A library in the cache that cannot be loaded
 * (an OS or C library other than the one it was extracted on, sharing a home folder) makes the driver extract its
 * own copy as before.
 */
public final class SqliteNativeLibrary {

    private static final Logger LOG = Logger.getLogger(SqliteNativeLibrary.class);
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /**
     * Loads the driver's native library now, from a folder under {@code cacheRoot} named for the driver version, OS
     * and architecture, extracting it there first when it is missing. Does nothing when the driver's properties are
     * set already or the driver has loaded its library; failures are logged at debug level and leave the driver to
     * extract its library as usual, when it first connects.
     */
    public static void loadFrom(Path cacheRoot) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        cachedLibrary(cacheRoot).ifPresent(library -> {
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
            try {
                SQLiteJDBCLoader.initialize();
            } catch (Exception e) {
                LOG.debugf("sqlite-jdbc extracts its native library itself: %s cannot be loaded (%s)", library,
                        e.toString());
            } finally {
                System.clearProperty(PATH_PROPERTY);
                System.clearProperty(NAME_PROPERTY);
            }
        });
    }

    /**
     * The driver's native library in a folder under {@code cacheRoot} named for the driver version, OS and
     * architecture, extracted there first when it is missing; for a JVM started by rdr (the results service) that
     * is told to load it from there through the driver's own properties ({@link #driverProperties}). Empty, logged
     * at debug level, when it cannot be extracted: the driver then extracts its library as usual.
     */
    public static Optional<Path> cachedLibrary(Path cacheRoot) {
        String name = LibraryLoaderUtil.getNativeLibName();
        Path dir = cacheRoot.resolve(("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-"
                + System.getProperty("os.name") + "-" + System.getProperty("os.arch"))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_"));
        try {
            if (!Files.isRegularFile(dir.resolve(name))) {
                extract(dir, name);
            }
            return Optional.of(dir.resolve(name));
        } catch (IOException | RuntimeException e) {
            LOG.debugf("sqlite-jdbc extracts its native library itself: %s cannot be used (%s)", dir, e.toString());
            return Optional.empty();
        }
    }

    /** The {@code -D} options that make another JVM's driver load {@code library} (from {@link #cachedLibrary}). */
    public static List<String> driverProperties(Path library) {
        return List.of("-D" + PATH_PROPERTY + "=" + library.getParent(),
                "-D" + NAME_PROPERTY + "=" + library.getFileName());
    }

    /** Copies the library out of the driver's jar into {@code dir}: a temporary file, then an atomic rename. */
    private static void extract(Path dir, String name) throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the driver has no " + resource);
            }
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
