package rdresults.cli.doctor;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import rdresults.cli.ExitCodes;
import rdresults.cli.OutputOptions;
import rdresults.cli.RdrVersionProvider;
import rdresults.cli.RegistryOptions;
import rdresults.cli.VerbosityOptions;
import rdresults.cli.registry.PathResolutionReport;
import rdresults.registry.RegistryException;
import rdresults.registry.RegistryReader;
import rdresults.registry.RegistrySchema;
import rdresults.registry.query.WorkspaceQuery;

/** {@code rdr doctor}: is the registry usable, do workspace paths resolve, are the catalogs there and fresh. */
@Command(name = "doctor", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class, sortOptions = false,
        description = {"Check the registry schema, workspace path resolution and the catalogs under "
                + "RDagentDB/aistock/ (next to the registry).",
            "Exit 0 when the registry is usable (warnings for missing or stale catalogs and unresolved paths), "
                + "3 when it is missing or not a registry, 4 when it cannot be read right now."})
public class DoctorCommand implements Callable<Integer> {

    /** Where the catalogs live, relative to the registry's folder (contract §0). */
    static final String CATALOG_FOLDER = "aistock";

    private static final Logger LOG = Logger.getLogger(DoctorCommand.class);

    @Mixin
    RegistryOptions registry;

    @Mixin
    OutputOptions output;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path db = registry.registryPath();
        String error = null;
        int exitCode = ExitCodes.OK;
        RegistrySchema schema = null;
        PathResolutionReport paths = null;
        try (RegistryReader reader = registry.openReader()) {
            schema = reader.schema();
            paths = PathResolutionReport.of(reader.allWorkspaces(WorkspaceQuery.ALL), registry.locator());
        } catch (RegistryException e) {
            // the doctor reports an unusable registry instead of failing on it
            error = e.getMessage();
            exitCode = ExitCodes.forException(e);
            LOG.debugf(e, "registry %s unusable", db);
        }
        Path folder = db.getParent().resolve(CATALOG_FOLDER);
        List<CatalogStatus> catalogs = CatalogInspector.inspect(folder, lastModified(db));
        DoctorReport report = new DoctorReport(db, error, schema, paths, folder, catalogs);
        LOG.infof("doctor: %s, %d warnings", report.healthy() ? "healthy" : "unhealthy", report.warnings().size());

        PrintWriter out = spec.commandLine().getOut();
        if (output.isJson()) {
            output.printJson(out, report.toJson());
        } else {
            report.print(out);
        }
        if (error != null) {
            spec.commandLine().getErr().println("rdr: " + error);
            spec.commandLine().getErr().flush();
        }
        return exitCode;
    }

    /** When the registry last changed: the newer of the database file and its write-ahead log; null if unknown. */
    private static FileTime lastModified(Path db) {
        FileTime newest = null;
        for (Path p : List.of(db, db.resolveSibling(db.getFileName() + "-wal"))) {
            try {
                if (Files.isRegularFile(p)) {
                    FileTime t = Files.getLastModifiedTime(p);
                    newest = newest == null || t.compareTo(newest) > 0 ? t : newest;
                }
            } catch (IOException e) {
                LOG.debugf(e, "cannot read the modification time of %s", p);
            }
        }
        return newest;
    }
}
