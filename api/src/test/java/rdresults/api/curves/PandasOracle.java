package rdresults.api.curves;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The reference for the curves: {@code /usr/bin/python3} with pandas computing the report series the way Qlib's
 * {@code qlib.contrib.report.analysis_position.report._calculate_report_data} does. Skipped without pandas,
 * unless {@code RDR_REQUIRE_PANDAS=true} (CI), which makes a missing pandas a failure.
 */
final class PandasOracle {

    private static final String PYTHON = "/usr/bin/python3";
    private static final String SCRIPT = """
            import json, sys
            import pandas as pd
            df = pd.read_json(sys.argv[1], orient="table")
            mdd = lambda s: s - s.cummax()
            out = {
                "cum_return_wo_cost": df["return"].cumsum(),
                "cum_return_w_cost": (df["return"] - df["cost"]).cumsum(),
                "cum_bench": df["bench"].cumsum(),
                "cum_excess_wo_cost": (df["return"] - df["bench"]).cumsum(),
                "cum_excess_w_cost": (df["return"] - df["bench"] - df["cost"]).cumsum(),
                "drawdown_excess_wo_cost": mdd((df["return"] - df["bench"]).cumsum()),
                "drawdown_excess_w_cost": mdd((df["return"] - df["cost"] - df["bench"]).cumsum()),
            }
            res = {k: [float(x) for x in v] for k, v in out.items()}
            dd = out["drawdown_excess_w_cost"]
            res["mdd_w_cost"] = float(dd.min())
            res["trough_w_cost"] = pd.Timestamp(df["datetime"][dd.idxmin()]).strftime("%Y-%m-%dT%H:%M:%SZ")
            print(json.dumps(res))
            """;

    private PandasOracle() {
    }

    static void assumePandas() {
        boolean present = run("import pandas") != null;
        String required = System.getProperty("RDR_REQUIRE_PANDAS", System.getenv("RDR_REQUIRE_PANDAS"));
        if (!present && "true".equalsIgnoreCase(required)) {
            throw new AssertionError(PYTHON + " cannot import pandas and RDR_REQUIRE_PANDAS=true");
        }
        assumeTrue(present, PYTHON + " with pandas not available: the pandas cross-check of the curves is skipped "
                + "(set RDR_REQUIRE_PANDAS=true to make this a failure)");
    }

    static String report(Path retSchemaJson) {
        String out = run(SCRIPT, retSchemaJson.toString());
        if (out == null) {
            throw new AssertionError("pandas could not compute the report of " + retSchemaJson);
        }
        return out;
    }

    /** stdout of the script, or null when it failed or there is no such interpreter. */
    private static String run(String script, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = PYTHON;
        command[1] = "-c";
        command[2] = script;
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
