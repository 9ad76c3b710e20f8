package rdresults.cli.factorlib;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import rdresults.cli.ExitCodes;
import rdresults.cli.OutputOptions;
import rdresults.cli.RdrVersionProvider;
import rdresults.cli.RegistryOptions;
import rdresults.cli.TextTable;
import rdresults.cli.VerbosityOptions;
import rdresults.factorlib.Bump;
import rdresults.factorlib.FactorPackage;
import rdresults.factorlib.FactorPublisher;
import rdresults.factorlib.PublishRequest;
import rdresults.factorlib.PublishResult;
import rdresults.model.LoopKey;
import rdresults.registry.RegistryReader;
import rdresults.registry.workspace.WorkspaceLocator;

/** {@code rdr factor-lib publish}: the factors of accepted loops into the package, one version per change. */
@Command(name = "publish", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = RdrVersionProvider.class,
        description = {"Publish the factors of accepted loops into the package.",
            "For each factor of an accepted loop (feedback.json decision true) whose code is found: write or "
                + "replace factor_<name> in generated.py; then bump VERSION once if anything changed, archive the "
                + "new version and point each factor's impl_* fields in its factor_meta.json at it.",
            "Publishing what the package already holds changes nothing and makes no version. Loops and factors "
                + "left out (not accepted, no factor_meta.json, no code found, ...) are listed with the reason; "
                + "they do not change the exit code (0)."})
class PublishCommand implements Callable<Integer> {

    /** Exactly one of: named loops, or every accepted loop. */
    static final class Selection {

        @Option(names = "--loop", paramLabel = "TASK_RUN_ID/LOOP_ID", converter = LoopKeyConverter.class,
                description = "A loop to publish, e.g. 7daba6df420346bba2e5206c2d9dd4b5/4; repeatable, in order "
                        + "(a later loop's code wins for the same factor).")
        List<LoopKey> loops;

        @Option(names = "--all-accepted", description = "Publish every accepted loop of the registry, oldest first.")
        boolean allAccepted;
    }

    @Mixin
    FactorLibOptions lib;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Option(names = "--minor", description = "Bump the minor part of the version (0.1.3 -> 0.2.0) instead of "
            + "the patch part (0.1.3 -> 0.1.4).")
    boolean minor;

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
        Bump bump = minor ? Bump.MINOR : Bump.PATCH;
        PublishRequest request = selection.allAccepted
                ? PublishRequest.allAccepted(bump)
                : PublishRequest.loops(selection.loops, bump);
        FactorPackage pkg = lib.open();
        WorkspaceLocator locator = registry.locator();
        PublishResult result;
        try (RegistryReader reader = registry.openReader()) {
            result = FactorPublisher.create(pkg, reader, locator).publish(request);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.isJson()) {
            output.printJson(out, FactorLibJson.publish(pkg.root(), result));
        } else {
            print(out, pkg.root(), result);
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, Path root, PublishResult r) {
        out.println("factor package " + root + ": " + (r.changed()
                ? r.before() + " -> " + r.after()
                : r.after() + ", unchanged (nothing new to publish)"));
        if (!r.written().isEmpty()) {
            section(out, "written");
            new TextTable<PublishResult.Written>()
                    .column("CHANGE", 8, w -> FactorLibJson.lower(w.change()))
                    .column("FUNCTION", 60, PublishResult.Written::func)
                    .column("FACTOR", 60, PublishResult.Written::factorName)
                    .column("ORIGIN", 160, w -> w.origin().describe())
                    .print(out, r.written());
        }
        if (!r.unchanged().isEmpty()) {
            section(out, "unchanged");
            new TextTable<PublishResult.Unchanged>()
                    .column("FUNCTION", 60, PublishResult.Unchanged::func)
                    .column("FACTOR", 60, PublishResult.Unchanged::factorName)
                    .column("SINCE", 12, PublishResult.Unchanged::version)
                    .column("LOOP", 60, PublishResult.Unchanged::loop)
                    .print(out, r.unchanged());
        }
        if (!r.skippedLoops().isEmpty()) {
            section(out, "skipped loops");
            new TextTable<PublishResult.SkippedLoop>()
                    .column("LOOP", 60, PublishResult.SkippedLoop::loop)
                    .column("REASON", 20, l -> FactorLibJson.lower(l.reason()))
                    .column("DETAIL", 300, PublishResult.SkippedLoop::detail)
                    .print(out, r.skippedLoops());
        }
        if (!r.skippedFactors().isEmpty()) {
            section(out, "skipped factors");
            new TextTable<PublishResult.SkippedFactor>()
                    .column("LOOP", 60, PublishResult.SkippedFactor::loop)
                    .column("FACTOR", 60, PublishResult.SkippedFactor::factorName)
                    .column("REASON", 20, f -> FactorLibJson.lower(f.reason()))
                    .column("DETAIL", 300, PublishResult.SkippedFactor::detail)
                    .print(out, r.skippedFactors());
        }
        if (!r.updatedMetaFiles().isEmpty()) {
            section(out, "factor_meta.json updated");
            r.updatedMetaFiles().forEach(out::println);
        }
        out.println();
        out.println(r.written().size() + " written, " + r.unchanged().size() + " unchanged, "
                + count(r.skippedLoops().size(), "loop") + " and " + count(r.skippedFactors().size(), "factor")
                + " skipped, " + count(r.updatedMetaFiles().size(), "factor_meta.json file") + " updated");
        out.flush();
    }

    private static void section(PrintWriter out, String title) {
        out.println();
        out.println(title + ":");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
