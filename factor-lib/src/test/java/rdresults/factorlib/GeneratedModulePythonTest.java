package rdresults.factorlib;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.registry.RegistryReader;

/**
 * End to end with a real Python: publishes fixture loops, then imports the package from its folder (nothing is
 * installed) and checks each generated function against the same computation done directly.
 */
class GeneratedModulePythonTest {

    /** A factor whose body has blank and comment lines (the Python tool truncated at them) and a helper. */
    private static final String ROLLING_CODE = String.join("\n",
            "import numpy as np",
            "import pandas as pd",
            "",
            "",
            "def _log_volume(df):",
            "    return np.log1p(df[\"$volume\"])",
            "",
            "",
            "def calculate_Log_Volume_Mean_3D():",
            "    df = pd.read_hdf(\"daily_pv.h5\", key=\"data\")",
            "",
            "    # mean of log volume over 3 days, per instrument",
            "    lv = _log_volume(df).unstack(level=\"instrument\")",
            "",
            "    result = lv.rolling(3).mean()",
            "    result = result.stack().rename(\"Log_Volume_Mean_3D\").to_frame()",
            "    result.to_hdf(\"result.h5\", key=\"data\")",
            "",
            "",
            "if __name__ == \"__main__\":",
            "    calculate_Log_Volume_Mean_3D()",
            "");

    private static final String SCRIPT = String.join("\n",
            "import os, sys, tomllib",
            "import numpy as np, pandas as pd",
            "import rd_factors_lib",
            "from rd_factors_lib import generated as g",
            "root = sys.argv[1]",
            "assert rd_factors_lib.__version__ == open(os.path.join(root, 'rd_factors_lib', 'VERSION')).read().strip()",
            "tomllib.load(open(os.path.join(root, 'pyproject.toml'), 'rb'))",
            "dates = pd.date_range('2024-01-01', periods=40, freq='B')",
            "idx = pd.MultiIndex.from_product([dates, ['SH600000', 'SZ000001', 'SZ300750']],",
            "                                 names=['datetime', 'instrument'])",
            "rng = np.random.default_rng(7)",
            "df = pd.DataFrame({'$open': rng.uniform(5, 10, len(idx)), '$close': rng.uniform(5, 10, len(idx)),",
            "                   '$high': rng.uniform(10, 11, len(idx)), '$low': rng.uniform(4, 5, len(idx)),",
            "                   '$volume': rng.uniform(1e5, 1e6, len(idx)), '$amount': rng.uniform(1e6, 1e7, len(idx))},",
            "                  index=idx)",
            "snapshot = df.copy()",
            "close = df['$close'].unstack(level='instrument')",
            "checked = []",
            "for name, n in [('Reversal_20D', 20), ('Volume_Spike_5D', 5), ('Volume_Weighted_Momentum_60D', 60)]:",
            "    fn = g.FACTOR_FUNCTIONS[name]",
            "    got = fn(df)",
            "    want = (close / close.shift(n) - 1).stack().rename(name).to_frame()",
            "    pd.testing.assert_frame_equal(got, want)",
            "    checked.append(fn.__name__)",
            "got = g.factor_log_volume_mean_3d(df)",
            "want = np.log1p(df['$volume']).unstack(level='instrument').rolling(3).mean().stack()",
            "pd.testing.assert_frame_equal(got, want.rename('Log_Volume_Mean_3D').to_frame())",
            "assert got.notna().sum().iloc[0] > 0",
            "pd.testing.assert_frame_equal(df, snapshot)",
            "assert os.listdir('.') == [], os.listdir('.')",
            "assert 'Factor Reversal_20D.' in g.factor_reversal_20d.__doc__",
            "assert g.factor_reversal_20d.__doc__.count('Source sha256: ') == 1",
            "try:",
            "    pd.read_hdf('daily_pv.h5', key='data')",
            "    raise AssertionError('outside a factor call read_hdf must read the real file')",
            "except (FileNotFoundError, OSError, ImportError):",
            "    pass",
            "os.environ['RD_FACTORS_LIB_DISABLE_EXEC'] = '1'",
            "try:",
            "    g.factor_reversal_20d(df)",
            "    raise AssertionError('disabled exec must raise')",
            "except PermissionError:",
            "    pass",
            "print('checked', ' '.join(checked), 'factor_log_volume_mean_3d')",
            "");

    @Test
    void generatedFunctionsComputeWhatTheOriginalCodeComputes(@TempDir Path dir) throws Exception {
        Python.assumePandas();
        SampleRepo repo = SampleRepo.copyTo(dir);
        Path metaA = repo.workspace(SampleRepo.META_A).resolve("factor_meta.json");
        repo.addFactor(metaA, "Log_Volume_Mean_3D", "3日对数成交量均值 \"quoted\" \\ backslash");
        SampleRepo.write(repo.workspace("0f56504d83ee41e39744af9b052ddbdc").resolve("log_volume.py"), ROLLING_CODE);
        Path lib = dir.resolve("rd-factors-lib");
        FactorPackage pkg = FactorPackage.init(lib);
        try (RegistryReader registry = repo.openRegistry()) {
            PublishResult r = FactorPublisher.create(pkg, registry, repo.locator()).publish(
                    PublishRequest.loops(List.of(SampleRepo.ACCEPTED_A, SampleRepo.ACCEPTED_B), Bump.PATCH));
            assertThat(r.written()).hasSize(7);
        }
        Path cwd = Files.createDirectories(dir.resolve("cwd"));
        Path script = dir.resolve("check.py");
        Files.writeString(script, SCRIPT);

        Python.Run run = Python.run(List.of("/bin/sh", "-c", "cd \"$1\" && exec \"$2\" \"$3\" \"$4\"", "sh",
                cwd.toString(), Python.SYSTEM.toString(), script.toString(), lib.toString()),
                Map.of("PYTHONPATH", lib.toString(), "PYTHONDONTWRITEBYTECODE", "1"));

        assertThat(run.stderr()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.stdout()).startsWith("checked factor_reversal_20d factor_volume_spike_5d "
                + "factor_volume_weighted_momentum_60d factor_log_volume_mean_3d");
    }

    @Test
    void generatedModuleImportsWithoutPandasAndRunsNoFactorCodeOnImport(@TempDir Path dir) throws Exception {
        Python.assumePython();
        SampleRepo repo = SampleRepo.copyTo(dir);
        Path metaA = repo.workspace(SampleRepo.META_A).resolve("factor_meta.json");
        repo.addFactor(metaA, "Boom", "raises at import if its code ran");
        SampleRepo.write(repo.workspace("0f56504d83ee41e39744af9b052ddbdc").resolve("boom.py"),
                "raise SystemExit('factor code ran at import')\n\ndef calculate_Boom():\n    pass\n");
        Path lib = dir.resolve("lib");
        FactorPackage pkg = FactorPackage.init(lib);
        try (RegistryReader registry = repo.openRegistry()) {
            FactorPublisher.create(pkg, registry, repo.locator())
                    .publish(PublishRequest.loops(List.of(SampleRepo.ACCEPTED_A), Bump.PATCH));
        }
        Python.Run run = Python.run(List.of(Python.executable(), "-c", String.join("\n",
                "import sys",
                "sys.modules['pandas'] = None  # importing pandas now fails",
                "import rd_factors_lib.generated as g",
                "print(len(g.__all__), g.factor_boom.__name__)")),
                Map.of("PYTHONPATH", lib.toString(), "PYTHONDONTWRITEBYTECODE", "1"));
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout().strip()).isEqualTo("4 factor_boom");
    }
}
