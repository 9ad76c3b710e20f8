package rdresults.api;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Stops the service when the process that launched it ends ({@code rdr serve} passes its pid as
 * {@code rdresults.launcher-pid}). A launcher killed with SIGKILL runs no shutdown hook and cannot stop its child;
 * without this the service would go on holding the port with nobody to stop it. Started directly (no pid given),
 * the service runs until it is stopped itself.
 */
@ApplicationScoped
public class LauncherWatch {

    private static final Logger LOG = Logger.getLogger(LauncherWatch.class);

    private final Optional<Long> launcherPid;

    public LauncherWatch(@ConfigProperty(name = "rdresults.launcher-pid") Optional<Long> launcherPid) {
        this.launcherPid = launcherPid;
    }

    void onStart(@Observes StartupEvent event) {
        launcherPid.ifPresent(pid -> {
            Optional<ProcessHandle> launcher = ProcessHandle.of(pid);
            if (launcher.isEmpty()) {
                stop(pid);
                return;
            }
            // the JDK watches a process that is not our child by polling it on a daemon thread
            launcher.get().onExit().thenRun(() -> stop(pid));
        });
    }

    private static void stop(long pid) {
        LOG.warnf("the launching rdr process %d has ended; stopping the service", pid);
        Quarkus.asyncExit();
    }
}
