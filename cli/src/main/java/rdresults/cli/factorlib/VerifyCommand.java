package rdresults.cli.factorlib;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import rdresults.cli.ExitCodes;
import rdresults.cli.OutputOptions;
import rdresults.cli.RdrVersionProvider;
import rdresults.cli.RegistryOptions;
import rdresults.cli.VerbosityOptions;
import rdresults.factorlib.PackageVerifier;
import rdresults.factorlib.SemVer;
import rdresults.factorlib.VerifyReport;

/** {@code rdr factor-lib verify}: does the package agree with itself and with the catalogs pointing into it. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = RdrVersionProvider.class,
        description = {"Check the package and the catalogs pointing into it.",
            "Checks that VERSION, manifest.json, generated.py and every archive of the package agree, that "
                + "each function's source matches its sha256, and that the impl_* pointers of the catalogs name "
                + "functions the package has. Also lists risky calls (files, network, processes, dynamic code, "
                + "imports) in the published code, as warnings for a human audit.",
            "Catalogs: the --catalog files; without them R/RDagentDB/aistock/factor_catalog.json (beside "
                + "--registry-sqlite when given) if --repo-root or --registry-sqlite is given or the file exists "
                + "under the current directory. --path-map is not used here.",
            "Pointers whose impl_version is no package version at all (the date-style ones older tools wrote) are "
                + "history, not problems: one summary line counts them.",
            "Exit 0 when nothing disagrees (warnings and history allowed), 3 when problems were found."})
class VerifyCommand implements Callable<Integer> {

    /** The exported factor catalog, relative to the registry's folder (contract §0). */
    static final String FACTOR_CATALOG = "aistock/factor_catalog.json";

    private static final Logger LOG = Logger.getLogger(VerifyCommand.class);

    @Mixin
    FactorLibOptions lib;

    @Option(names = "--catalog", paramLabel = "F",
            description = "A factor_catalog.json or factor_meta.json whose impl_* pointers to check; repeatable. "
                    + "Replaces the default catalog.")
    List<Path> catalogs = new ArrayList<>();

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
        List<Path> checked = catalogsToCheck();
        VerifyReport report = PackageVerifier.verify(lib.root(), checked);
        LOG.infof("verified factor package %s against %d catalogs: %d problems, %d warnings", report.root(),
                checked.size(), report.problems().size(), report.warnings().size());
        PrintWriter out = spec.commandLine().getOut();
        if (output.isJson()) {
            output.printJson(out, FactorLibJson.verify(report, checked));
        } else {
            print(out, report, checked);
        }
        if (report.ok()) {
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("rdr: factor package " + report.root() + " failed verification: "
                + count(report.problems().size(), "problem"));
        if (checked.stream().anyMatch(c -> !Files.exists(c))) {
            err.println("rdr: make the missing catalog with 'rdr export all' (same --repo-root or --registry-sqlite)");
        }
        err.flush();
        return ExitCodes.INPUT_UNUSABLE;
    }

    /**
     * The {@code --catalog} files; else the registry's factor catalog, when a location was given (then a missing
     * file is reported) or it exists under the current directory.
     */
    private List<Path> catalogsToCheck() {
        if (!catalogs.isEmpty()) {
            return catalogs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        }
        Path catalog = registry.registryPath().resolveSibling(FACTOR_CATALOG);
        ParseResult parsed = spec.commandLine().getParseResult();
        boolean located = parsed.hasMatchedOption("--repo-root") || parsed.hasMatchedOption("--registry-sqlite");
        return located || Files.isRegularFile(catalog) ? List.of(catalog) : List.of();
    }

    private static void print(PrintWriter out, VerifyReport r, List<Path> catalogs) {
        out.println("factor package  " + r.root());
        out.println("version         " + r.findVersion().map(SemVer::toString).orElse("unreadable"));
        if (catalogs.isEmpty()) {
            out.println("catalogs        none");
        } else {
            catalogs.forEach(c -> out.println("catalog         " + c));
        }
        if (!r.problems().isEmpty()) {
            out.println();
            r.problems().forEach(p -> line(out, "problem", FactorLibJson.lower(p.kind()) + ": " + p.message()));
        }
        if (!r.warnings().isEmpty()) {
            out.println();
            r.warnings().forEach(w -> line(out, "warning", w.func() + " line " + w.line() + " "
                    + FactorLibJson.lower(w.category()) + " "
                    + w.call() + ": " + w.text()));
        }
        if (r.legacyPointers() > 0) {
            out.println();
            line(out, "history", count(r.legacyPointers(), "legacy pointer") + " (impl_version not a package "
                    + "version, e.g. the date-style ones older tools wrote; not errors): republish their loops "
                    + "('rdr factor-lib publish --all-accepted' or --loop TASK_RUN_ID/LOOP_ID), then export again");
        }
        out.println();
        String warnings = count(r.warnings().size(), "warning");
        out.println(r.ok() ? "ok, " + warnings : count(r.problems().size(), "problem") + ", " + warnings);
        out.flush();
    }

    private static void line(PrintWriter out, String level, String text) {
        out.println("  " + String.format("%-8s", level) + " " + text);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
