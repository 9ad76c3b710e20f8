package rdresults.factorlib.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rdresults.factorlib.Origin;
import rdresults.factorlib.SemVer;
import rdresults.factorlib.manifest.Alpha158Function;
import rdresults.factorlib.manifest.PackageManifest;
import rdresults.factorlib.manifest.PublishedFunction;

class FactorImplementationsTest {

    private static final String SHA = "a".repeat(64);

    /** Package 0.1.4: factor_mom last changed in 0.1.2, alpha158_kmid in 0.1.3. */
    private static final FactorImplementations PACKAGE = FactorImplementations.of(new PackageManifest(
            SemVer.parse("0.1.4"), "2025-10-14T00:00:00+00:00",
            List.of(new PublishedFunction("factor_mom", "Mom", "calculate_Mom", SHA, SemVer.parse("0.1.2"),
                    "2025-10-14T00:00:00+00:00", new Origin("t", 3, "w", "factor.py"), "", "", List.of(), "x")),
            List.of(new Alpha158Function("alpha158_kmid", "KMID", "($close-$open)/$open", SHA,
                    SemVer.parse("0.1.3")))));

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Mom | rdagent_generated | rd_factors_lib.generated | factor_mom | 0.1.2 | current",
        "Mom | rdagent_generated | rd_factors_lib.generated | factor_mom | 0.1.4 | current",
        "Mom | rdagent_generated | rd_factors_lib.generated | factor_mom | 0.1.1 | stale",
        "Mom | rdagent_generated | rd_factors_lib.generated | factor_mom | 0.2.0 | missing",
        "Mom | rdagent_generated | rd_factors_lib.generated | factor_other | 0.1.2 | missing",
        "Mom | rdagent_generated | rd_factors_lib.generated | Mom | 20251013 | legacy",
        "Mom | - | - | - | - | none",
        "Gone | rdagent_generated | rd_factors_lib.generated | factor_gone | 0.1.2 | missing",
        "KMID | qlib_alpha158 | rd_factors_lib.alpha158 | alpha158_kmid | 0.1.3 | current",
        "KMID | qlib_alpha158 | rd_factors_lib.generated | alpha158_kmid | 0.1.3 | missing",
    })
    void statusComparesTheRecordedPointerWithThePackagesFunction(String name, String source, String module,
                                                                  String func, String version, String status) {
        Resolution r = PACKAGE.resolve(name, source, new ImplementationPointer(module, func, version));
        assertThat(r.status().jsonName()).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mom | rdagent_generated | rd_factors_lib.generated.factor_mom@0.1.2 origin t/3",
        "KMID | qlib_alpha158 | rd_factors_lib.alpha158.alpha158_kmid@0.1.3 origin none",
        "KMID | rdagent_generated | none",
    })
    void implementationIsThePackagesCurrentFunction(String name, String source, String expected) {
        String described = PACKAGE.find(name, source).map(i -> i.module() + "." + i.func() + "@" + i.version()
                + " origin " + i.findOrigin().map(o -> o.taskRunId() + "/" + o.loopId()).orElse("none"))
                .orElse("none");
        assertThat(described).isEqualTo(expected);
    }
}
