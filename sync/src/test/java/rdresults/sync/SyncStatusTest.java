package rdresults.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.sync.http.ApiClientConfig;
import rdresults.sync.http.ResultsApiClient;
import rdresults.sync.http.RetryPolicy;
import rdresults.sync.status.ResourceStatus;
import rdresults.sync.status.StatusReport;
import rdresults.sync.status.VersionAlignment;
import rdresults.sync.testing.FakeResultsApi;
import rdresults.sync.testing.TestDatabase;
import rdresults.sync.testing.TestDatabases;

class SyncStatusTest {

    @TempDir
    Path tmp;

    private FakeResultsApi api;
    private TestDatabase t;

    @BeforeEach
    void syncOnce() throws IOException {
        Path catalogs = Files.createDirectories(tmp.resolve("catalogs"));
        FakeResultsApi.copySample(catalogs);
        api = FakeResultsApi.start(catalogs);
        t = TestDatabases.sqlite(tmp);
        SyncRunner.create(ResultsApiClient.create(ApiClientConfig.of(api.uri().toString())
                .withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0))), t.db(), SyncOptions.defaults())
                .once();
    }

    @AfterEach
    void stop() {
        api.close();
        t.close();
    }

    private Path factorLib(String file, String content) throws IOException {
        Path root = tmp.resolve("rd-factors-lib");
        Files.createDirectories(root.resolve("rd_factors_lib"));
        Files.writeString(root.resolve("rd_factors_lib").resolve(file), content);
        return root;
    }

    @Test
    void showsTheLastSyncAndCountsPerResource() {
        StatusReport status = SyncStatus.read(t.db());
        assertThat(status.schemaVersion()).isEqualTo(2);
        assertThat(status.isHealthy()).isTrue();
        ResourceStatus loops = status.resources().stream().filter(r -> r.resource() == SyncResource.LOOPS)
                .findFirst().orElseThrow();
        assertThat(loops.lastOutcome()).contains("changed");
        assertThat(loops.lastSuccessAt()).isPresent();
        assertThat(loops.liveEntries()).isEqualTo(7);
        assertThat(loops.tableLiveRows()).isEqualTo(7);
        assertThat(loops.etag()).isPresent();
        assertThat(status.alignment().state()).isEqualTo(VersionAlignment.State.NOT_CHECKED);
        assertThat(status.alignment().syncedVersion()).contains("20251015");
    }

    @Test
    void theInstalledVersionFileAlignsWithTheNewestSyncedImplVersion() throws IOException {
        VersionAlignment a = SyncStatus.read(t.db(), factorLib("VERSION", "20251015\r\n")).alignment();
        assertThat(a.state()).isEqualTo(VersionAlignment.State.ALIGNED);
        assertThat(a.installedVersion()).contains("20251015");
        assertThat(a.describe()).startsWith("aligned: installed 20251015 = synced 20251015 (")
                .endsWith(" live factors point at other versions)");
        assertThat(a.factorsPerImplVersion()).containsKeys("20251013", "20251014", "20251015");
    }

    @Test
    void anOlderInstalledLibraryIsNotAligned() throws IOException {
        VersionAlignment a = SyncStatus.read(t.db(), factorLib("__init__.py",
                "from importlib import metadata\n__version__ = \"0.0.1\"\n")).alignment();
        assertThat(a.state()).isEqualTo(VersionAlignment.State.MISALIGNED);
        assertThat(a.describe()).startsWith("not aligned: installed 0.0.1, synced 20251015");
    }

    @Test
    void aMissingLibraryIsReportedAsNotInstalled() {
        VersionAlignment a = SyncStatus.read(t.db(), tmp.resolve("nowhere")).alignment();
        assertThat(a.state()).isEqualTo(VersionAlignment.State.NOT_INSTALLED);
        assertThat(a.describe()).isEqualTo("not installed: no rd_factors_lib VERSION or __version__ under "
                + tmp.resolve("nowhere"));
    }

    @Test
    void publishedPackageVersionsDecideTheSyncedVersion() throws IOException {
        Files.writeString(tmp.resolve("catalogs/factor_package_versions.json"),
                "{\"versions\":[{\"version\":\"1.0.9\"},{\"version\":\"1.0.10\"}]}");
        SyncRunner.create(ResultsApiClient.create(ApiClientConfig.of(api.uri().toString())), t.db(),
                SyncOptions.defaults()).once();
        VersionAlignment a = SyncStatus.read(t.db(), factorLib("VERSION", "1.0.10")).alignment();
        assertThat(a.syncedVersion()).contains("1.0.10");
        assertThat(a.isAligned()).isTrue();
    }
}
