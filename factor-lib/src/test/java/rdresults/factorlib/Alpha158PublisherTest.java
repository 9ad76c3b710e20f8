package rdresults.factorlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.factorlib.VerifyReport.ProblemKind;
import rdresults.factorlib.manifest.Alpha158Function;
import rdresults.factorlib.internal.store.BundleArchive;
import rdresults.factorlib.internal.store.PackageFiles;
import rdresults.model.PythonJson;

class Alpha158PublisherTest {

    static final List<Alpha158Definition> THREE = List.of(new Alpha158Definition("KMID", "($close-$open)/$open"),
            new Alpha158Definition("ROC5", "Ref($close, 5)/$close"),
            new Alpha158Definition("MA5", "Mean($close, 5)/$close"));

    @TempDir
    Path dir;
    FactorPackage pkg;
    Path lib;

    @BeforeEach
    void setUp() {
        lib = dir.resolve("lib");
        pkg = FactorPackage.init(lib, FactorPackage.INITIAL_VERSION, FactorPackageTest.FIXED);
    }

    @Test
    void writesAlpha158AsOneNewVersionWithManifestAndArchive() throws Exception {
        Alpha158Publisher.Result r = Alpha158Publisher.publish(pkg, THREE, Bump.PATCH);

        assertThat(r.after()).hasToString("0.1.1");
        assertThat(r.added()).containsExactly("KMID", "ROC5", "MA5");
        assertThat(pkg.manifest().alpha158()).extracting(Alpha158Function::func)
                .containsExactly("alpha158_kmid", "alpha158_roc5", "alpha158_ma5");
        String module = Files.readString(lib.resolve("rd_factors_lib/alpha158.py"));
        assertThat(module).contains("def alpha158_kmid(df):",
                "return _result(df, x, ((_col(x, \"$close\") - _col(x, \"$open\")) / _col(x, \"$open\")), \"KMID\")",
                "# Ref(feature, N): series.shift(N) per instrument", "\"ROC5\": alpha158_roc5,");
        assertThat(PythonJson.parse(Files.readAllBytes(lib.resolve("rd_factors_lib/manifest.json")), "manifest")
                .path("format").asInt()).isEqualTo(2);
        assertThat(BundleArchive.read(r.after(), PackageFiles.read(lib.resolve("versions/0.1.1.zip"))))
                .containsKey("rd_factors_lib/alpha158.py");
        assertThat(PackageVerifier.verify(lib, List.of()).problems()).isEmpty();
    }

    @Test
    void theSameExpressionsAgainChangeNothing() {
        Alpha158Publisher.publish(pkg, THREE, Bump.PATCH);
        Alpha158Publisher.Result again = Alpha158Publisher.publish(pkg, THREE, Bump.PATCH);
        assertThat(again.isChanged()).isFalse();
        assertThat(pkg.versions()).hasSize(2);
    }

    @Test
    void aChangedExpressionMovesOnlyThatFunctionsVersion() {
        Alpha158Publisher.publish(pkg, THREE, Bump.PATCH);
        Alpha158Publisher.Result r = Alpha158Publisher.publish(pkg, List.of(THREE.get(0), THREE.get(1),
                new Alpha158Definition("MA5", "Mean($close, 5)/($close+1e-12)")), Bump.MINOR);

        assertThat(r.after()).hasToString("0.2.0");
        assertThat(r.changed()).containsExactly("MA5");
        assertThat(pkg.manifest().alpha158()).extracting(f -> f.func() + "@" + f.version())
                .containsExactly("alpha158_kmid@0.1.1", "alpha158_roc5@0.1.1", "alpha158_ma5@0.2.0");
    }

    @Test
    void anUnknownOperatorIsRefusedByNameAndNothingIsWritten() {
        assertThatThrownBy(() -> Alpha158Publisher.publish(pkg, List.of(THREE.get(0),
                new Alpha158Definition("ODD", "Foo($close, 5)/$close")), Bump.PATCH))
                .isInstanceOfSatisfying(InvalidExpressionException.class, e -> {
                    assertThat(e.operator()).isEqualTo("Foo");
                    assertThat(e.factorName()).isEqualTo("ODD");
                })
                .hasMessageContaining("unknown operator Foo");
        assertThat(pkg.currentVersion()).hasToString("0.1.0");
        assertThat(lib.resolve("rd_factors_lib/alpha158.py")).doesNotExist();
    }

    @Test
    void verifyDetectsAnEditedAlpha158Module() {
        Alpha158Publisher.publish(pkg, THREE, Bump.PATCH);
        Path module = lib.resolve("rd_factors_lib/alpha158.py");
        SampleRepo.write(module, SampleRepo.read(module).replace("min_periods=1", "min_periods=5"));
        assertThat(PackageVerifier.verify(lib, List.of()).problems()).extracting(VerifyReport.Problem::kind)
                .contains(ProblemKind.GENERATED_MISMATCH, ProblemKind.ARCHIVE_MISMATCH);
    }

    @Test
    void alpha158PointersResolveInVerify() {
        Alpha158Publisher.publish(pkg, THREE, Bump.PATCH);
        Path catalog = dir.resolve("alpha158_meta.json");
        SampleRepo.write(catalog, """
                {"factors": [
                  {"name": "KMID", "impl_module": "rd_factors_lib.alpha158", "impl_func": "alpha158_kmid",
                   "impl_version": "0.1.1"},
                  {"name": "ROC5", "impl_module": "rd_factors_lib.alpha158", "impl_func": "alpha158_kmid",
                   "impl_version": "0.1.1"}
                ]}
                """);
        assertThat(PackageVerifier.verify(lib, List.of(catalog)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("factor ROC5", "function of factor KMID"));
    }
}
