package rdresults.cli;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * Configuration of {@code rdr}, read from {@code application.properties}, system properties or the environment
 * ({@code rdr.path-maps} is also {@code RDR_PATH_MAPS}).
 */
@ConfigMapping(prefix = "rdr")
public interface RdrCliConfig {

    /**
     * Workspace path rewrites {@code FROM=TO}, comma-separated, tried after the {@code --path-map} options of the
     * command line; e.g. {@code /mnt/f/Dev/RD-Agent-main=/srv/rdagent}.
     */
    Optional<List<String>> pathMaps();

    /**
     * A folder for what rdr keeps between runs: the SQLite driver's native library, extracted there once instead of
     * into the temp folder at every start of a command that opens SQLite (and of the service {@code rdr serve} starts). The {@code rdr} launcher sets it to
     * {@code $XDG_CACHE_HOME/rdr}, else {@code ~/.cache/rdr}; unset, the driver extracts its library as usual.
     */
    Optional<String> cacheDir();
}
