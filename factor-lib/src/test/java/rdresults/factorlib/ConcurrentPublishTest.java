package rdresults.factorlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.factorlib.manifest.PublishedFunction;
import rdresults.model.LoopKey;
import rdresults.registry.RegistryReader;

/** Two publishers at once, as threads and as processes: neither loses the other's factors. */
class ConcurrentPublishTest {

    @TempDir
    Path dir;
    SampleRepo repo;
    Path lib;

    @BeforeEach
    void setUp() {
        repo = SampleRepo.copyTo(dir);
        lib = dir.resolve("lib");
        FactorPackage.init(lib);
    }

    private PublishResult publish(FactorPackage pkg, LoopKey loop) {
        try (RegistryReader registry = repo.openRegistry()) {
            return FactorPublisher.create(pkg, registry, repo.locator())
                    .publish(PublishRequest.loops(List.of(loop), Bump.PATCH));
        }
    }

    private void assertBothPublished() {
        FactorPackage pkg = FactorPackage.open(lib);
        assertThat(pkg.currentVersion()).hasToString("0.1.2");
        assertThat(pkg.versions()).extracting(v -> v.version().toString()).containsExactly("0.1.0", "0.1.1", "0.1.2");
        assertThat(pkg.manifest().functions()).extracting(PublishedFunction::factorName).containsExactlyInAnyOrder(
                "Volume_Weighted_Momentum_60D", "Upper_Shadow_Ratio_10D", "Volume_Spike_5D",
                "Reversal_20D", "Money_Flow_Imbalance_10D", "Bollinger_Width_10D");
        Path metaA = repo.workspace(SampleRepo.META_A).resolve("factor_meta.json");
        Path metaB = repo.workspace(SampleRepo.META_B).resolve("factor_meta.json");
        assertThat(PackageVerifier.verify(lib, List.of(metaA, metaB)).problems()).isEmpty();
        if (Python.available()) {
            Python.assertParses(lib.resolve("rd_factors_lib/generated.py"));
        }
    }

    @RepeatedTest(3)
    void twoThreadsWithTheirOwnPackageObjects() throws Exception {
        runTogether(() -> publish(FactorPackage.open(lib), SampleRepo.ACCEPTED_A),
                () -> publish(FactorPackage.open(lib), SampleRepo.ACCEPTED_B));
        assertBothPublished();
    }

    @Test
    void twoThreadsSharingOnePackageObject() throws Exception {
        FactorPackage shared = FactorPackage.open(lib);
        runTogether(() -> publish(shared, SampleRepo.ACCEPTED_A), () -> publish(shared, SampleRepo.ACCEPTED_B));
        assertBothPublished();
    }

    private static void runTogether(Supplier<PublishResult> a, Supplier<PublishResult> b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<PublishResult>> results = new ArrayList<>();
            for (Supplier<PublishResult> work : List.of(a, b)) {
                results.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return work.get();
                }));
            }
            List<String> transitions = new ArrayList<>();
            for (Future<PublishResult> f : results) {
                PublishResult r = f.get(120, TimeUnit.SECONDS);
                assertThat(r.written()).hasSize(3);
                transitions.add(r.before() + "->" + r.after());
            }
            assertThat(transitions).containsExactlyInAnyOrder("0.1.0->0.1.1", "0.1.1->0.1.2");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoProcesses() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        List<Process> processes = new ArrayList<>();
        for (LoopKey loop : List.of(SampleRepo.ACCEPTED_A, SampleRepo.ACCEPTED_B)) {
            processes.add(new ProcessBuilder(javaBin, "-cp", classpath, PublishMain.class.getName(), lib.toString(),
                    repo.db().toString(), loop.taskRunId(), Long.toString(loop.loopId()))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("publisher-" + loop.loopId() + ".log").toFile())
                    .start());
        }
        for (Process p : processes) {
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("publisher finished").isTrue();
        }
        List<String> outputs = new ArrayList<>();
        for (LoopKey loop : List.of(SampleRepo.ACCEPTED_A, SampleRepo.ACCEPTED_B)) {
            outputs.add(Files.readString(dir.resolve("publisher-" + loop.loopId() + ".log"),
                    StandardCharsets.UTF_8));
        }
        assertThat(processes).as(String.join("\n", outputs))
                .allSatisfy(p -> assertThat(p.exitValue()).isZero());
        assertThat(String.join("\n", outputs)).contains("0.1.0 -> 0.1.1 written 3", "0.1.1 -> 0.1.2 written 3");
        assertBothPublished();
    }

    @Test
    void aSecondPublisherGivesUpAfterTheLockTimeout() throws Exception {
        FactorPackage holder = FactorPackage.open(lib);
        FactorPackage waiter = FactorPackage.open(lib, new PackageSettings(java.time.Clock.systemUTC(),
                Duration.ofMillis(300)));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread t = new Thread(() -> holder.withLock(() -> {
            held.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        t.start();
        try {
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> publish(waiter, SampleRepo.ACCEPTED_A))
                    .isInstanceOf(PackageLockedException.class)
                    .hasMessageContaining("locked by another publisher")
                    .hasMessageContaining(".rd_factors_lib.lock");
        } finally {
            release.countDown();
            t.join(30_000);
        }
        assertThat(publish(waiter, SampleRepo.ACCEPTED_A).after()).hasToString("0.1.1");
    }
}
