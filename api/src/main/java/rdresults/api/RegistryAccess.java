package rdresults.api;

import java.nio.file.Path;
import org.jboss.logging.Logger;
import rdresults.registry.RegistryException;
import rdresults.registry.RegistryReader;

/**
 * The service's registry reader. The file is looked at again on every use ({@link RegistryFile}: a stat and a
 * header read), so what the service answers always follows the file on disk:
 * <ul>
 *   <li>missing, truncated, emptied or overwritten with something else: every registry endpoint answers 503 with
 *       the reason, and the pooled connections are dropped (none can answer from what it cached);</li>
 *   <li>replaced (a rename over it, as tools replace files atomically) or given another schema: the pool is opened
 *       anew on the new file, and {@link #replacements()} counts it so the catalogs can be exported again;</li>
 *   <li>written in place (the same file with another change counter: overwritten by {@code cp}, or truncated and
 *       written again, or committed to by a writer in rollback-journal mode): the pool is opened anew too, and
 *       {@link #rewrites()} counts it;</li>
 *   <li>good again: served again, without a restart.</li>
 * </ul>
 * The service starts before RD-Agent has created its registry and reports 503 until it has.
 */
public final class RegistryAccess implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RegistryAccess.class);

    private final Path registryPath;
    private RegistryReader reader;
    private RegistryFile openedOn;
    private RegistryFile lastGood;
    private long replacements;
    private long rewrites;

    public RegistryAccess(Path registryPath) {
        this.registryPath = registryPath;
    }

    public Path path() {
        return registryPath;
    }

    /**
     * The open reader, on the file as it is now.
     *
     * @throws RegistryException naming the path and the problem when the file is unusable now
     */
    public synchronized RegistryReader reader() {
        RegistryFile now;
        try {
            now = RegistryFile.read(registryPath);
        } catch (RegistryException e) {
            drop();
            throw e;
        }
        if (lastGood != null && now.isReplacementOf(lastGood)) {
            replacements++;
            LOG.infof("registry %s was replaced or its schema changed; reading the new file", registryPath);
        } else if (lastGood != null && !now.equals(lastGood)) {
            rewrites++;
            LOG.debugf("registry %s was written in place; reading it anew", registryPath);
        }
        lastGood = now;
        if (reader != null && !now.equals(openedOn)) {
            drop();
        }
        if (reader == null) {
            reader = RegistryReader.open(registryPath);
            openedOn = now;
        }
        return reader;
    }

    /**
     * Checks the registry now (file, header, one query on a pooled connection) and says what is wrong.
     *
     * @throws RegistryException naming the path and the problem
     */
    public void check() {
        reader().ping();
    }

    /** How many times the file was seen replaced (or its schema changed) since the service started. */
    public synchronized long replacements() {
        return replacements;
    }

    /** How many times the file was seen written in place (same file, another change counter). */
    public synchronized long rewrites() {
        return rewrites;
    }

    /** Closes the pooled connections; the next use opens new ones. */
    private void drop() {
        if (reader != null) {
            reader.close();
            reader = null;
            openedOn = null;
        }
    }

    @Override
    public synchronized void close() {
        drop();
    }
}
