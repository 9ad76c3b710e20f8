package rdresults.api.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The service's private folder for the bytes it serves from its catalogs (each catalog as sent, its gzip form and
 * its entries as compact JSON). Served from files rather than from memory, so a reload never competes with the
 * heap or the direct-memory limit and the bytes leave the process only through the kernel ({@code sendfile}). The
 * folder is named for the process; one left by a process that died is removed when the next service starts.
 */
public final class CatalogSpool implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CatalogSpool.class);
    private static final String PREFIX = "rdr-catalogs-";

    private final Path dir;

    private CatalogSpool(Path dir) {
        this.dir = dir;
    }

    /** A new spool folder under {@code parent}, after removing the folders of processes that no longer run. */
    public static CatalogSpool create(Path parent) {
        try {
            Files.createDirectories(parent);
            removeOrphans(parent);
            return new CatalogSpool(Files.createTempDirectory(parent, PREFIX + ProcessHandle.current().pid() + "-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the catalog spool folder in " + parent, e);
        }
    }

    /** A spool in the system's temporary folder. */
    public static CatalogSpool inTempDir() {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    public Path dir() {
        return dir;
    }

    /** A new empty file in the spool. */
    Path newFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(dir, prefix, suffix);
    }

    @Override
    public void close() {
        deleteTree(dir);
    }

    private static void removeOrphans(Path parent) throws IOException {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path folder : folders) {
                String rest = folder.getFileName().toString().substring(PREFIX.length());
                int dash = rest.indexOf('-');
                if (dash <= 0 || !rest.substring(0, dash).chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long pid = Long.parseLong(rest.substring(0, dash));
                if (ProcessHandle.of(pid).isEmpty()) {
                    LOG.infof("removing the catalog spool of a service that is gone: %s", folder);
                    deleteTree(folder);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warnf("cannot delete %s: %s", p, e.getMessage());
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("cannot clean the catalog spool %s: %s", root, e.getMessage());
        }
    }
}
