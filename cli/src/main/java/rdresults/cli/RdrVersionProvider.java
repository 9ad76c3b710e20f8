package rdresults.cli;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import picocli.CommandLine.IVersionProvider;

/** {@code rdr --version}: the build's version and the Java runtime it runs on. */
@Dependent
public final class RdrVersionProvider implements IVersionProvider {

    private final String version;

    @Inject
    RdrVersionProvider(@ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version) {
        this.version = version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "rdr " + version,
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
        };
    }
}
