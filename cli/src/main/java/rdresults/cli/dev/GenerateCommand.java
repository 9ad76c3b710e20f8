package rdresults.cli.dev;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import rdresults.cli.ExitCodes;
import rdresults.cli.OutputOptions;
import rdresults.cli.RdrVersionProvider;
import rdresults.cli.VerbosityOptions;
import rdresults.model.PythonJson;
import rdresults.testkit.EdgeCase;
import rdresults.testkit.GeneratedRegistry;
import rdresults.testkit.PathStyle;
import rdresults.testkit.RegistryCounts;
import rdresults.testkit.SyntheticRegistryGenerator;
import rdresults.testkit.SyntheticRegistryOptions;

/** {@code rdr dev generate OUT}: a synthetic RD-Agent repository root, from {@link SyntheticRegistryGenerator}. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = RdrVersionProvider.class,
        description = {"Generate a synthetic RD-Agent repository root at OUT: RDagentDB/registry.sqlite, the "
                + "workspace folders under git_ignore_folder/RD-Agent_workspace/, the Alpha158 template YAML and "
                + "GENERATED_BY.json (options, counts, where each edge case was planted).",
            "The same options always give the same files and rows. OUT may exist but must not hold a registry "
                + "(exit 3). Large sizes take time and disk: 20 x 500 writes about 1 GB."})
class GenerateCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(GenerateCommand.class);

    @Parameters(index = "0", paramLabel = "OUT", description = "Repository root to create or fill.")
    Path out;

    @Option(names = "--task-runs", paramLabel = "N", required = true, description = "Task runs, at least 1.")
    int taskRuns;

    @Option(names = "--loops-per-run", paramLabel = "M", required = true, description = "Loops per task run, at "
            + "least 1.")
    int loopsPerRun;

    @Option(names = "--seed", paramLabel = "S", required = true, description = "Seed of every random choice.")
    long seed;

    @Option(names = "--path-style", paramLabel = "STYLE", defaultValue = "wsl", converter = PathStyleConverter.class,
            description = "How stored workspace paths look: wsl, windows, windows_fwd, posix (this tree's real "
                    + "paths) or mixed (default: ${DEFAULT-VALUE}).")
    PathStyle pathStyle;

    @Option(names = "--edge-case", paramLabel = "NAME", split = ",", converter = EdgeCaseConverter.class,
            description = "Plant an irregularity real registries have; repeatable: ${COMPLETION-CANDIDATES}.",
            completionCandidates = EdgeCaseKeys.class)
    List<EdgeCase> edgeCases = new ArrayList<>();

    @Option(names = "--all-edge-cases", description = "Plant every edge case except legacy_schema.")
    boolean allEdgeCases;

    @Option(names = "--legacy-schema", description = "Tables without the columns later migrations added.")
    boolean legacySchema;

    @Option(names = "--fill-loop-metrics", description = "Fill the loops metric columns, metrics_json and "
            + "best_workspace_id as the bundled sample does (RD-Agent leaves them NULL).")
    boolean fillLoopMetrics;

    @Mixin
    OutputOptions output;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SyntheticRegistryOptions options = options();
        PrintWriter err = spec.commandLine().getErr();
        LOG.infof("generating %d x %d loops (seed %d) into %s", taskRuns, loopsPerRun, seed, out);
        long start = System.nanoTime();
        GeneratedRegistry registry = SyntheticRegistryGenerator.of(options)
                .generate(out, GenerationProgressPrinter.forTerminal(err));
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.infof("generated %s: %s", registry.root(), registry.counts());
        if (output.isJson()) {
            output.printJson(spec.commandLine().getOut(), toJson(registry));
        }
        err.println(summary(registry, seconds));
        err.flush();
        return ExitCodes.OK;
    }

    private SyntheticRegistryOptions options() {
        requireAtLeastOne("--task-runs", taskRuns);
        requireAtLeastOne("--loops-per-run", loopsPerRun);
        Set<EdgeCase> cases = EnumSet.noneOf(EdgeCase.class);
        cases.addAll(edgeCases);
        if (allEdgeCases) {
            cases.addAll(EnumSet.complementOf(EnumSet.of(EdgeCase.LEGACY_SCHEMA)));
        }
        return new SyntheticRegistryOptions(taskRuns, loopsPerRun, seed, pathStyle, cases, legacySchema,
                fillLoopMetrics);
    }

    private void requireAtLeastOne(String option, int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), option + " must be at least 1, got " + value);
        }
    }

    /** GENERATED_BY.json's counts, with where the tree went and how many places each edge case hit. */
    private static ObjectNode toJson(GeneratedRegistry registry) {
        ObjectNode n = PythonJson.nodes().objectNode();
        n.put("root", registry.root().toString());
        n.put("registry_sqlite", registry.registryDb().toString());
        ObjectNode counts = n.putObject("counts");
        registry.counts().asMap().forEach(counts::put);
        ObjectNode hits = n.putObject("edge_cases");
        registry.edgeCases().forEach((edgeCase, list) -> hits.put(edgeCase.key(), list.size()));
        return n;
    }

    /** {@code generated ROOT: 2 task runs, 6 loops, 14 workspaces, 70 artifacts, 131 files (0.8 s)}. */
    static String summary(GeneratedRegistry registry, double seconds) {
        RegistryCounts c = registry.counts();
        return "generated " + registry.root() + ": " + count(c.taskRuns(), "task run") + ", "
                + count(c.loops(), "loop") + ", " + count(c.workspaces(), "workspace") + ", "
                + count(c.artifacts(), "artifact") + ", " + count(c.files(), "file")
                + String.format(Locale.ROOT, " (%.1f s)", seconds);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A snake_case option key; a wrong one is a usage error that lists the allowed keys. */
    abstract static class KeyConverter<E> implements ITypeConverter<E> {
        private final Function<String, E> parse;

        KeyConverter(Function<String, E> parse) {
            this.parse = parse;
        }

        @Override
        public E convert(String value) {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class PathStyleConverter extends KeyConverter<PathStyle> {
        PathStyleConverter() {
            super(PathStyle::fromKey);
        }
    }

    static final class EdgeCaseConverter extends KeyConverter<EdgeCase> {
        EdgeCaseConverter() {
            super(EdgeCase::fromKey);
        }
    }

    /** The edge case keys, for the help text. */
    static final class EdgeCaseKeys extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        EdgeCaseKeys() {
            for (EdgeCase edgeCase : EdgeCase.values()) {
                add(edgeCase.key());
            }
        }
    }
}
