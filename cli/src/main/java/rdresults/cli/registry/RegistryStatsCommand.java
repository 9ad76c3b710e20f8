package rdresults.cli.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
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
import rdresults.cli.TextTable;
import rdresults.cli.VerbosityOptions;
import rdresults.model.PythonJson;
import rdresults.registry.RegistryReader;
import rdresults.registry.RegistryStats;
import rdresults.registry.query.WorkspaceQuery;

/** {@code rdr registry stats}: row counts and how many workspace paths resolve. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = RdrVersionProvider.class, sortOptions = false,
        description = "Count registry rows per table, task runs and loops per status, loops per action, loops with "
                + "results, solidified loops, and workspace paths that do not resolve on this machine.")
class RegistryStatsCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(RegistryStatsCommand.class);

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
        RegistryStats stats;
        PathResolutionReport paths;
        String path;
        try (RegistryReader reader = registry.openReader()) {
            path = reader.path().toString();
            stats = reader.stats();
            paths = PathResolutionReport.of(reader.allWorkspaces(WorkspaceQuery.ALL), registry.locator());
        }
        LOG.infof("registry stats: %d tables, %d workspace paths, %d unresolved", stats.rowsPerTable().size(),
                paths.total(), paths.unresolved().size());
        PrintWriter out = spec.commandLine().getOut();
        if (output.isJson()) {
            output.printJson(out, toJson(path, stats, paths));
        } else {
            print(out, path, stats, paths);
        }
        return ExitCodes.OK;
    }

    private static ObjectNode toJson(String path, RegistryStats stats, PathResolutionReport paths) {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("registry", path);
        counts(n.putObject("tables"), stats.rowsPerTable());
        counts(n.putObject("task_runs_by_status"), stats.taskRunsPerStatus());
        counts(n.putObject("loops_by_status"), stats.loopsPerStatus());
        counts(n.putObject("loops_by_action"), stats.loopsPerAction());
        n.put("loops_with_result", stats.loopsWithResult());
        n.put("loops_solidified", stats.loopsSolidified());
        n.set("workspace_paths", paths.toJson());
        return n;
    }

    private static void counts(ObjectNode target, Map<String, Long> counts) {
        new TreeMap<>(counts).forEach(target::put);
    }

    private static void print(PrintWriter out, String path, RegistryStats stats, PathResolutionReport paths) {
        out.println("registry: " + path);
        out.println();
        section(out, "TABLE", stats.rowsPerTable());
        out.println();
        section(out, "TASK_RUN_STATUS", stats.taskRunsPerStatus());
        out.println();
        section(out, "LOOP_STATUS", stats.loopsPerStatus());
        out.println();
        section(out, "LOOP_ACTION", stats.loopsPerAction());
        out.println();
        out.println("loops with result: " + stats.loopsWithResult());
        out.println("loops solidified:  " + stats.loopsSolidified());
        out.println("workspace paths:   " + paths.summary());
        if (!paths.unresolved().isEmpty()) {
            out.println();
            out.println("unresolved workspaces:");
            paths.printUnresolved(out);
        }
        out.flush();
    }

    private static void section(PrintWriter out, String header, Map<String, Long> counts) {
        new TextTable<Map.Entry<String, Long>>()
                .column(header, 40, Map.Entry::getKey)
                .column("COUNT", 12, Map.Entry::getValue)
                .print(out, new TreeMap<>(counts).entrySet().stream().toList());
    }
}
