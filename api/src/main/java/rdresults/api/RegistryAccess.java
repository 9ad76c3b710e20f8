package rdresults.api;

import java.nio.file.Path;
import rdresults.registry.RegistryException;
import rdresults.registry.RegistryReader;

/**
 * The service's registry reader, opened on first use and re-tried on later requests while the file is missing or
 * unusable, so the service starts (and reports 503 with the reason) before RD-Agent has created its registry.
 */
public final class RegistryAccess implements AutoCloseable {

    private final Path registryPath;
    private RegistryReader reader;

    public RegistryAccess(Path registryPath) {
        this.registryPath = registryPath;
    }

    public Path path() {
        return registryPath;
    }

    /** The open reader. @throws RegistryException naming the path and the problem when it cannot be opened */
    public synchronized RegistryReader reader() {
        if (reader == null) {
            reader = RegistryReader.open(registryPath);
        }
        return reader;
    }

    /** Whether the registry can be opened and read now. */
    public boolean isReadable() {
        try {
            reader().schema();
            return true;
        } catch (RegistryException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
