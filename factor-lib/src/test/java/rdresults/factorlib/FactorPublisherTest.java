package rdresults.factorlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.factorlib.PublishResult.Change;
import rdresults.factorlib.PublishResult.SkipReason;
import rdresults.factorlib.manifest.HistoryEntry;
import rdresults.factorlib.manifest.PublishedFunction;
import rdresults.factorlib.internal.store.BundleArchive;
import rdresults.factorlib.internal.store.FactorPackageWriter;
import rdresults.factorlib.internal.Hashes;
import rdresults.factorlib.internal.store.PackageFiles;
import rdresults.model.LoopKey;
import rdresults.model.PythonJson;
import rdresults.registry.RegistryReader;

class FactorPublisherTest {

    @TempDir
    Path dir;
    SampleRepo repo;
    FactorPackage pkg;
    Path lib;

    @BeforeEach
    void setUp() {
        repo = SampleRepo.copyTo(dir);
        lib = dir.resolve("rd-factors-lib");
        pkg = FactorPackage.init(lib, FactorPackage.INITIAL_VERSION, FactorPackageTest.FIXED);
    }

    private PublishResult publish(PublishRequest request) {
        try (RegistryReader registry = repo.openRegistry()) {
            return FactorPublisher.create(pkg, registry, repo.locator()).publish(request);
        }
    }

    private PublishResult publish(LoopKey loop) {
        return publish(PublishRequest.loops(List.of(loop), Bump.PATCH));
    }

    private Path metaA() {
        return repo.workspace(SampleRepo.META_A).resolve("factor_meta.json");
    }

    private Path metaB() {
        return repo.workspace(SampleRepo.META_B).resolve("factor_meta.json");
    }

    private String generated() {
        return SampleRepo.read(lib.resolve("rd_factors_lib/generated.py"));
    }

    @Test
    void publishesTheFactorsOfAnAcceptedLoop() {
        PublishResult r = publish(SampleRepo.ACCEPTED_A);

        assertThat(r.before()).hasToString("0.1.0");
        assertThat(r.after()).hasToString("0.1.1");
        assertThat(r.changed()).isTrue();
        assertThat(r.written()).extracting(PublishResult.Written::func, PublishResult.Written::change)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("factor_volume_weighted_momentum_60d", Change.ADDED),
                        org.assertj.core.groups.Tuple.tuple("factor_upper_shadow_ratio_10d", Change.ADDED),
                        org.assertj.core.groups.Tuple.tuple("factor_volume_spike_5d", Change.ADDED));
        assertThat(r.skippedLoops()).isEmpty();
        assertThat(r.skippedFactors()).isEmpty();
        assertThat(pkg.currentVersion()).hasToString("0.1.1");
        assertThat(lib.resolve("rd_factors_lib/VERSION")).hasContent("0.1.1\n");

        Path source = repo.workspace("0f56504d83ee41e39744af9b052ddbdc").resolve("factor.py");
        String sha = Hashes.sha256(PackageFiles.read(source));
        PublishedFunction f = pkg.manifest().findByFactorName("Volume_Weighted_Momentum_60D").orElseThrow();
        assertThat(f.sha256()).isEqualTo(sha);
        assertThat(f.source()).isEqualTo(SampleRepo.read(source));
        assertThat(f.entry()).isEqualTo("calculate_Volume_Weighted_Momentum_60D");
        assertThat(f.origin()).isEqualTo(new Origin(SampleRepo.ACCEPTED_A.taskRunId(), 4,
                "0f56504d83ee41e39744af9b052ddbdc", "factor.py"));
        assertThat(f.version()).hasToString("0.1.1");

        String py = generated();
        assertThat(py).contains("def factor_volume_weighted_momentum_60d(df):",
                "Factor Volume_Weighted_Momentum_60D.",
                "Description: 成交量加权的60日动量。",
                "Formula: Sum(($close/Ref($close, 1) - 1) * $volume, 60)/(Sum($volume, 60) + 1e-12)",
                "Origin: task run 7daba6df420346bba2e5206c2d9dd4b5, loop 4, workspace 0f56504d83ee41e39744af9b052ddbdc",
                "Source sha256: " + sha,
                "    \"    result.to_hdf(\\\"result.h5\\\", key=\\\"data\\\")\\n\"",
                "    \"if __name__ == \\\"__main__\\\":\\n\"",
                "\"Volume_Weighted_Momentum_60D\": factor_volume_weighted_momentum_60d,");
        if (Python.available()) {
            Python.assertParses(lib.resolve("rd_factors_lib/generated.py"));
        }
        assertThat(pkg.versions()).extracting(v -> v.version().toString()).containsExactly("0.1.0", "0.1.1");
        assertThat(PackageVerifier.verify(lib, List.of(metaA())).problems()).isEmpty();
    }

    @Test
    void pointsTheLoopsFactorMetaAtTheNewVersionKeepingEverythingElse() throws Exception {
        JsonNode before = repo.json(metaA());
        PublishResult r = publish(SampleRepo.ACCEPTED_A);

        assertThat(r.updatedMetaFiles()).containsExactly(metaA());
        JsonNode after = repo.json(metaA());
        JsonNode f = repo.factor(metaA(), "Upper_Shadow_Ratio_10D");
        assertThat(f.path("impl_module").asText()).isEqualTo("rd_factors_lib.generated");
        assertThat(f.path("impl_func").asText()).isEqualTo("factor_upper_shadow_ratio_10d");
        assertThat(f.path("impl_version").asText()).isEqualTo("0.1.1");
        // same keys in the same order, same values apart from the three pointers
        List<String> keysBefore = new ArrayList<>();
        List<String> keysAfter = new ArrayList<>();
        before.fieldNames().forEachRemaining(keysBefore::add);
        after.fieldNames().forEachRemaining(keysAfter::add);
        assertThat(keysAfter).isEqualTo(keysBefore);
        for (int i = 0; i < before.path("factors").size(); i++) {
            ObjectNode b = ((ObjectNode) before.path("factors").get(i)).deepCopy();
            ObjectNode a = ((ObjectNode) after.path("factors").get(i)).deepCopy();
            List<String> fb = new ArrayList<>();
            List<String> fa = new ArrayList<>();
            b.fieldNames().forEachRemaining(fb::add);
            a.fieldNames().forEachRemaining(fa::add);
            assertThat(fa).isEqualTo(fb);
            for (String k : List.of("impl_module", "impl_func", "impl_version")) {
                b.remove(k);
                a.remove(k);
            }
            assertThat(a).isEqualTo(b);
        }
        ((ObjectNode) before).remove("factors");
        ((ObjectNode) after).remove("factors");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void publishingTheSameLoopAgainChangesNothing() {
        publish(SampleRepo.ACCEPTED_A);
        String generated = generated();
        byte[] meta = PackageFiles.read(metaA());
        List<PackageVersion> versions = pkg.versions();

        PublishResult again = publish(SampleRepo.ACCEPTED_A);

        assertThat(again.changed()).isFalse();
        assertThat(again.after()).hasToString("0.1.1");
        assertThat(again.written()).isEmpty();
        assertThat(again.unchanged()).extracting(PublishResult.Unchanged::func).containsExactly(
                "factor_volume_weighted_momentum_60d", "factor_upper_shadow_ratio_10d", "factor_volume_spike_5d");
        assertThat(again.updatedMetaFiles()).isEmpty();
        assertThat(generated()).isEqualTo(generated);
        assertThat(PackageFiles.read(metaA())).isEqualTo(meta);
        assertThat(pkg.versions()).isEqualTo(versions);
    }

    @Test
    void changedSourceReplacesTheFunctionInPlaceWithHistory() {
        publish(SampleRepo.ACCEPTED_A);
        publish(SampleRepo.ACCEPTED_B);
        List<String> order = pkg.manifest().funcNames();
        PublishedFunction old = pkg.manifest().findByFactorName("Reversal_20D").orElseThrow();
        assertThat(old.version()).hasToString("0.1.2");
        Path source = repo.workspace(SampleRepo.REVERSAL_WS).resolve("factor.py");
        SampleRepo.write(source, SampleRepo.read(source).replace("result = close / close.shift(20) - 1",
                "result = -1 * (close / close.shift(20) - 1)"));

        PublishResult r = publish(SampleRepo.ACCEPTED_B);

        assertThat(r.after()).hasToString("0.1.3");
        assertThat(r.written()).singleElement().satisfies(w -> {
            assertThat(w.func()).isEqualTo("factor_reversal_20d");
            assertThat(w.change()).isEqualTo(Change.REPLACED);
        });
        assertThat(r.unchanged()).hasSize(2);
        assertThat(pkg.manifest().funcNames()).isEqualTo(order);
        PublishedFunction now = pkg.manifest().findByFactorName("Reversal_20D").orElseThrow();
        assertThat(now.source()).contains("result = -1 * (close / close.shift(20) - 1)");
        assertThat(now.history()).singleElement().isEqualTo(new HistoryEntry(SemVer.parse("0.1.2"), old.sha256(),
                old.origin()));
        assertThat(generated()).contains("# history: 0.1.2 sha256=" + old.sha256() + " origin=" + old.origin().describe())
                .containsOnlyOnce("def factor_reversal_20d(df):");
        assertThat(repo.factor(metaB(), "Reversal_20D").path("impl_version").asText()).isEqualTo("0.1.3");
        assertThat(repo.factor(metaB(), "Bollinger_Width_10D").path("impl_version").asText()).isEqualTo("0.1.2");
        assertThat(PackageVerifier.verify(lib, List.of(metaA(), metaB())).problems()).isEmpty();
    }

    @Test
    void minorBumpOnRequest() {
        PublishResult r = publish(PublishRequest.loops(List.of(SampleRepo.ACCEPTED_A), Bump.MINOR));
        assertThat(r.after()).hasToString("0.2.0");
        assertThat(repo.factor(metaA(), "Volume_Spike_5D").path("impl_version").asText()).isEqualTo("0.2.0");
    }

    @Test
    void namesMappingToOneIdentifierGetDistinctOnes() {
        repo.addFactor(metaA(), "Foo_Bar", "first");
        repo.addFactor(metaA(), "FooBar", "second");
        repo.addFactor(metaA(), "foo-bar", "third");
        SampleRepo.write(repo.workspace("0f56504d83ee41e39744af9b052ddbdc").resolve("extra.py"), String.join("\n",
                "def calculate_Foo_Bar():", "    return 1", "", "def FooBar(df):", "    return df",
                "", "def calculate_foo():", "    return 3", ""));
        // foo-bar cannot be defined in Python: no implementation
        PublishResult r = publish(SampleRepo.ACCEPTED_A);

        assertThat(r.written()).extracting(PublishResult.Written::factorName, PublishResult.Written::func)
                .contains(org.assertj.core.groups.Tuple.tuple("Foo_Bar", "factor_foo_bar"),
                        org.assertj.core.groups.Tuple.tuple("FooBar", "factor_foo_bar_2"));
        assertThat(r.skippedFactors()).singleElement().satisfies(s -> {
            assertThat(s.factorName()).isEqualTo("foo-bar");
            assertThat(s.reason()).isEqualTo(SkipReason.NO_IMPLEMENTATION);
        });
        assertThat(repo.factor(metaA(), "FooBar").path("impl_func").asText()).isEqualTo("factor_foo_bar_2");
        assertThat(repo.factor(metaA(), "FooBar").path("impl_version").asText()).isEqualTo("0.1.1");
        assertThat(repo.factor(metaA(), "foo-bar").has("impl_func")).isFalse();
        assertThat(pkg.manifest().findByFactorName("FooBar").orElseThrow().entry()).isEqualTo("FooBar");
        if (Python.available()) {
            Python.assertParses(lib.resolve("rd_factors_lib/generated.py"));
        }
    }

    @Test
    void identifiersStayUniqueAcrossPublishes() {
        publish(SampleRepo.ACCEPTED_A);
        repo.addFactor(metaB(), "VOLUME_SPIKE_5D", "clashes with Volume_Spike_5D, published before");
        SampleRepo.write(repo.workspace(SampleRepo.REVERSAL_WS).resolve("more.py"),
                "def calculate_VOLUME_SPIKE_5D():\n    return 5\n");
        PublishResult r = publish(SampleRepo.ACCEPTED_B);
        assertThat(r.written()).extracting(PublishResult.Written::func).contains("factor_volume_spike_5d_2");
        assertThat(pkg.manifest().funcNames()).doesNotHaveDuplicates();
    }

    @Test
    void rejectedAndUndecidedLoopsAreSkippedWithTheReason() {
        PublishResult r = publish(PublishRequest.loops(List.of(SampleRepo.REJECTED, SampleRepo.UNDECIDED),
                Bump.PATCH));

        assertThat(r.changed()).isFalse();
        assertThat(r.hasSkips()).isTrue();
        assertThat(r.skippedLoops()).extracting(PublishResult.SkippedLoop::loop, PublishResult.SkippedLoop::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SampleRepo.REJECTED, SkipReason.NOT_ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple(SampleRepo.UNDECIDED, SkipReason.NOT_ACCEPTED));
        assertThat(r.skippedLoops().get(0).detail()).contains("decision is false");
        assertThat(r.skippedLoops().get(1).detail()).contains("decision is null");
        assertThat(pkg.currentVersion()).hasToString("0.1.0");
        assertThat(pkg.versions()).hasSize(1);
    }

    @Test
    void acceptedLoopWithoutFactorMetaIsSkipped() {
        PublishResult r = publish(SampleRepo.ACCEPTED_MODEL);
        assertThat(r.skippedLoops()).singleElement().satisfies(s ->
                assertThat(s.reason()).isEqualTo(SkipReason.NO_FACTOR_META));
    }

    @Test
    void unknownLoopIsAnError() {
        LoopKey missing = new LoopKey("0123456789abcdef0123456789abcdef", 99);
        assertThatThrownBy(() -> publish(missing))
                .isInstanceOf(LoopNotFoundException.class)
                .hasMessageContaining("loop 0123456789abcdef0123456789abcdef/99 not found in registry");
        assertThat(pkg.currentVersion()).hasToString("0.1.0");
    }

    @Test
    void allAcceptedPublishesEveryAcceptedLoopInOneVersion() {
        PublishResult r = publish(PublishRequest.allAccepted(Bump.PATCH));

        assertThat(r.after()).hasToString("0.1.1");
        assertThat(r.written()).extracting(PublishResult.Written::factorName).containsExactlyInAnyOrder(
                "Volume_Weighted_Momentum_60D", "Upper_Shadow_Ratio_10D", "Volume_Spike_5D",
                "Reversal_20D", "Money_Flow_Imbalance_10D", "Bollinger_Width_10D");
        // accepted model loops have no factor_meta.json; non-accepted loops are not selected at all
        assertThat(r.skippedLoops()).allSatisfy(s -> assertThat(s.reason()).isEqualTo(SkipReason.NO_FACTOR_META))
                .extracting(s -> s.loop().taskRunId()).containsOnly("51963583cbd94de8919cae1dea88a8fd");
        assertThat(repo.factor(metaB(), "Reversal_20D").path("impl_version").asText()).isEqualTo("0.1.1");
        Path rejectedMeta = repo.workspace("8dc9ae336f6b404bae28df66d92a7fc2").resolve("factor_meta.json");
        assertThat(repo.factor(rejectedMeta, "Momentum_10D").path("impl_version").asText()).isEqualTo("20251013");
    }

    @Test
    void laterLoopInOnePublishSupersedesEarlierForTheSameFactor() {
        repo.addFactor(metaA(), "Reversal_20D", "also in A");
        SampleRepo.write(repo.workspace("0f56504d83ee41e39744af9b052ddbdc").resolve("rev.py"),
                "def calculate_Reversal_20D():\n    return 'A'\n");
        PublishResult r = publish(PublishRequest.loops(List.of(SampleRepo.ACCEPTED_A, SampleRepo.ACCEPTED_B),
                Bump.PATCH));
        assertThat(r.skippedFactors()).singleElement().satisfies(s -> {
            assertThat(s.loop()).isEqualTo(SampleRepo.ACCEPTED_A);
            assertThat(s.reason()).isEqualTo(SkipReason.SUPERSEDED);
        });
        assertThat(pkg.manifest().findByFactorName("Reversal_20D").orElseThrow().origin().loop())
                .isEqualTo(SampleRepo.ACCEPTED_B);
        assertThat(repo.factor(metaA(), "Reversal_20D").has("impl_func")).isFalse();
    }

    /** Loop A gets its own Reversal_20D (B has one with sharpe 3.03); {@code sharpeInA} null lists none for it. */
    private void reversalAlsoInA(Double sharpeInA) {
        repo.addFactor(metaA(), "Reversal_20D", "also in A");
        SampleRepo.write(repo.workspace("0f56504d83ee41e39744af9b052ddbdc").resolve("rev.py"),
                "def calculate_Reversal_20D():\n    return 'A'\n");
        if (sharpeInA != null) {
            Path perf = repo.workspace(SampleRepo.META_A).resolve("factor_perf.json");
            ObjectNode root = (ObjectNode) repo.json(perf);
            ObjectNode combo = ((ArrayNode) root.path("combinations")).addObject();
            combo.putArray("factor_names").add("Reversal_20D");
            combo.putArray("windows").addObject().put("sharpe", sharpeInA);
            SampleRepo.write(perf, PythonJson.dumpIndented(root));
        }
    }

    @Test
    void allAcceptedPublishesTheOccurrenceWithTheBestSharpeAndRecordsTheOthers() {
        reversalAlsoInA(5.0);
        PublishResult r = publish(PublishRequest.allAccepted(Bump.PATCH));

        PublishedFunction f = pkg.manifest().findByFactorName("Reversal_20D").orElseThrow();
        assertThat(f.origin().loop()).isEqualTo(SampleRepo.ACCEPTED_A);
        assertThat(f.history()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(HistoryEntry.Kind.ALTERNATIVE);
            assertThat(h.origin().loop()).isEqualTo(SampleRepo.ACCEPTED_B);
            assertThat(h.version()).isEqualTo(r.after());
        });
        assertThat(r.skippedFactors()).singleElement().satisfies(s -> {
            assertThat(s.loop()).isEqualTo(SampleRepo.ACCEPTED_B);
            assertThat(s.reason()).isEqualTo(SkipReason.SUPERSEDED);
            assertThat(s.detail()).contains("ranks higher", "5.0", "3.03");
        });
        assertThat(generated()).contains("# alternative (ranked lower): " + r.after());
        assertThat(repo.factor(metaA(), "Reversal_20D").path("impl_version").asText()).isEqualTo("0.1.1");
        assertThat(repo.factor(metaB(), "Reversal_20D").path("impl_version").asText()).isEqualTo("20251014");
        assertThat(PackageVerifier.verify(lib, List.of(metaA(), metaB())).problems()).isEmpty();
    }

    @Test
    void aMissingSharpeRanksBelowAnyNumber() {
        reversalAlsoInA(null);
        publish(PublishRequest.allAccepted(Bump.PATCH));
        assertThat(pkg.manifest().findByFactorName("Reversal_20D").orElseThrow().origin().loop())
                .isEqualTo(SampleRepo.ACCEPTED_B);
    }

    @Test
    void allAcceptedAgainChangesNothing() {
        reversalAlsoInA(5.0);
        publish(PublishRequest.allAccepted(Bump.PATCH));
        byte[] manifest = PackageFiles.read(lib.resolve("rd_factors_lib/manifest.json"));
        String metaB = SampleRepo.read(metaB());

        PublishResult again = publish(PublishRequest.allAccepted(Bump.PATCH));

        assertThat(again.changed()).isFalse();
        assertThat(again.written()).isEmpty();
        assertThat(PackageFiles.read(lib.resolve("rd_factors_lib/manifest.json"))).isEqualTo(manifest);
        assertThat(SampleRepo.read(metaB())).isEqualTo(metaB);
    }

    @Test
    void archivesAreImmutableAndRebuildToTheSameBytes() {
        publish(SampleRepo.ACCEPTED_A);
        byte[] v010 = PackageFiles.read(lib.resolve("versions/0.1.0.zip"));
        byte[] v011 = PackageFiles.read(lib.resolve("versions/0.1.1.zip"));
        publish(SampleRepo.ACCEPTED_B);

        assertThat(PackageFiles.read(lib.resolve("versions/0.1.0.zip"))).isEqualTo(v010);
        assertThat(PackageFiles.read(lib.resolve("versions/0.1.1.zip"))).isEqualTo(v011);
        FactorPackageWriter writer = new FactorPackageWriter(pkg.layout());
        byte[] rebuilt = BundleArchive.build(SemVer.parse("0.1.2"), writer.tree(pkg.manifest()));
        assertThat(rebuilt).isEqualTo(PackageFiles.read(lib.resolve("versions/0.1.2.zip")));
        assertThat(pkg.bundle(SemVer.parse("0.1.1")).sha256()).isEqualTo(Hashes.sha256(v011));
    }

    @Test
    void sameContentInAnotherPackageGivesByteIdenticalArchives() {
        publish(SampleRepo.ACCEPTED_A);
        Path otherLib = dir.resolve("other-lib");
        FactorPackage other = FactorPackage.init(otherLib, FactorPackage.INITIAL_VERSION, FactorPackageTest.FIXED);
        try (RegistryReader registry = repo.openRegistry()) {
            // the pointers already name 0.1.1 of the first package; the second package writes the same values
            FactorPublisher.create(other, registry, repo.locator())
                    .publish(PublishRequest.loops(List.of(SampleRepo.ACCEPTED_A), Bump.PATCH));
        }
        assertThat(otherLib.resolve("versions/0.1.1.zip")).hasSameBinaryContentAs(lib.resolve("versions/0.1.1.zip"));
        assertThat(other.latestBundle().sha256()).isEqualTo(pkg.latestBundle().sha256());
    }

    @Test
    void repairsPointersLostWhenAPublishDiedAfterCommitting() {
        byte[] original = PackageFiles.read(metaA());
        publish(SampleRepo.ACCEPTED_A);
        PackageFiles.write(metaA(), original);

        PublishResult r = publish(SampleRepo.ACCEPTED_A);

        assertThat(r.changed()).isFalse();
        assertThat(r.updatedMetaFiles()).containsExactly(metaA());
        assertThat(repo.factor(metaA(), "Volume_Spike_5D").path("impl_func").asText())
                .isEqualTo("factor_volume_spike_5d");
        assertThat(repo.factor(metaA(), "Volume_Spike_5D").path("impl_version").asText()).isEqualTo("0.1.1");
    }

    @Test
    void recoversFromAPublishThatDiedBeforeCommitting() {
        publish(SampleRepo.ACCEPTED_A);
        String committedGenerated = generated();
        // leftovers of a publish of 0.1.2 that died after writing its archive and manifest, before VERSION
        SampleRepo.write(lib.resolve("versions/0.1.2.zip"), "partial");
        SampleRepo.write(lib.resolve("rd_factors_lib/manifest.json"), "{\"format\": 1, \"version\": \"0.1.2\"");
        SampleRepo.write(lib.resolve("rd_factors_lib/generated.py"), "def broken(:\n");
        assertThat(pkg.versions()).extracting(v -> v.version().toString()).containsExactly("0.1.0", "0.1.1");

        PublishResult r = publish(SampleRepo.ACCEPTED_B);

        assertThat(r.before()).hasToString("0.1.1");
        assertThat(r.after()).hasToString("0.1.2");
        assertThat(pkg.manifest().functions()).hasSize(6);
        assertThat(generated()).contains(committedGenerated.substring(committedGenerated.indexOf("def factor_")
                , committedGenerated.indexOf("def factor_") + 40));
        assertThat(PackageVerifier.verify(lib, List.of(metaA(), metaB())).problems()).isEmpty();
    }

    @Test
    void unresolvableWorkspacesAreReported() throws Exception {
        for (String ws : List.of(SampleRepo.META_A, "0f56504d83ee41e39744af9b052ddbdc", "de6dd36693a2488183aef18d57a26714",
                "7680f48a0cea4163a257020104e77c3c")) {
            try (var files = Files.walk(repo.workspace(ws))) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        PublishResult r = publish(SampleRepo.ACCEPTED_A);
        assertThat(r.skippedLoops()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.WORKSPACE_NOT_FOUND);
            assertThat(s.detail()).contains("git_ignore_folder/RD-Agent_workspace/" + SampleRepo.META_A);
        });
    }
}
