package rdresults.cli.factorlib;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rdresults.cli.ExitCodes;
import rdresults.cli.OutputOptions;
import rdresults.cli.RdrVersionProvider;
import rdresults.cli.VerbosityOptions;
import rdresults.factorlib.FactorPackage;
import rdresults.model.PythonJson;

/** {@code rdr factor-lib init ROOT}. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = RdrVersionProvider.class,
        description = {"Create an empty factor package at ROOT.",
            "Writes pyproject.toml, rd_factors_lib/ at version 0.1.0 and that version's archive under versions/; "
                + "the folder is created if missing. Refuses a folder that already holds a package, or part of one "
                + "(exit 3); nothing is written then."})
class InitCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(InitCommand.class);

    @Parameters(index = "0", paramLabel = "ROOT", description = "Folder of the new package.")
    Path root;

    @Mixin
    OutputOptions output;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path absolute = root.toAbsolutePath().normalize();
        FactorPackage pkg = FactorPackage.init(absolute);
        String version = pkg.currentVersion().toString();
        LOG.infof("created factor package %s at version %s", absolute, version);
        PrintWriter out = spec.commandLine().getOut();
        if (output.isJson()) {
            ObjectNode n = PythonJson.nodes().objectNode();
            n.put("root", absolute.toString());
            n.put("version", version);
            output.printJson(out, n);
        } else {
            out.println("created factor package " + absolute + " at version " + version);
            out.flush();
        }
        return ExitCodes.OK;
    }
}
