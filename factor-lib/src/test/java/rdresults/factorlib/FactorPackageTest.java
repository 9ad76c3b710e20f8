package rdresults.factorlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.factorlib.internal.Hashes;
import rdresults.factorlib.internal.store.PackageFiles;

class FactorPackageTest {

    static final PackageSettings FIXED = new PackageSettings(
            Clock.fixed(Instant.parse("2026-01-02T03:04:05.123456Z"), ZoneOffset.UTC), Duration.ofSeconds(30));

    @Test
    void initCreatesAnInstallablePackage(@TempDir Path dir) {
        Path root = dir.resolve("rd-factors-lib");
        FactorPackage pkg = FactorPackage.init(root, FactorPackage.INITIAL_VERSION, FIXED);

        assertThat(root.resolve("pyproject.toml")).content().contains("name = \"rd_factors_lib\"",
                "version = { file = \"rd_factors_lib/VERSION\" }");
        assertThat(root.resolve("rd_factors_lib/__init__.py")).content().contains("__version__ = _read_version()");
        assertThat(root.resolve("rd_factors_lib/VERSION")).hasContent("0.1.0\n");
        assertThat(root.resolve("rd_factors_lib/generated.py")).content().contains("__all__ = []",
                "FACTOR_FUNCTIONS = {}");
        assertThat(pkg.currentVersion()).hasToString("0.1.0");
        assertThat(pkg.manifest().functions()).isEmpty();
        assertThat(pkg.manifest().createdAtUtc()).isEqualTo("2026-01-02T03:04:05.123456+00:00");
        assertThat(pkg.versions()).singleElement().satisfies(v -> {
            assertThat(v.version()).hasToString("0.1.0");
            assertThat(v.functions()).isZero();
            assertThat(v.archiveSha256()).isEqualTo(pkg.latestBundle().sha256());
        });
        assertThat(root.resolve("versions/0.1.0.zip")).exists();
        assertThat(root.resolve("versions/0.1.0.zip.sha256")).content().endsWith("  0.1.0.zip\n");
        assertThat(root.resolve("versions/0.1.0.manifest.json")).hasSameBinaryContentAs(
                root.resolve("rd_factors_lib/manifest.json"));
        assertThat(PackageVerifier.verify(root, List.of()).problems()).isEmpty();
    }

    @Test
    void packageFilesAreReadableByOtherAccounts(@TempDir Path dir) throws Exception {
        FactorPackage.init(dir, FactorPackage.INITIAL_VERSION, FIXED);
        if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            return;
        }
        for (String rel : List.of("pyproject.toml", "rd_factors_lib/__init__.py", "rd_factors_lib/generated.py",
                "rd_factors_lib/VERSION", "rd_factors_lib/manifest.json", "versions/0.1.0.zip")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(rel))))
                    .as(rel).isEqualTo("rw-r--r--");
        }
    }

    @Test
    void initRefusesAnExistingPackage(@TempDir Path dir) {
        FactorPackage.init(dir, FactorPackage.INITIAL_VERSION, FIXED);
        String before = SampleRepo.read(dir.resolve("rd_factors_lib/manifest.json"));
        assertThatThrownBy(() -> FactorPackage.init(dir))
                .isInstanceOf(PackageExistsException.class)
                .hasMessageContaining("already exists")
                .satisfies(e -> assertThat(((PackageExistsException) e).path()).isEqualTo(dir.toAbsolutePath()));
        assertThat(dir.resolve("rd_factors_lib/manifest.json")).hasContent(before);
    }

    @Test
    void initRefusesAPartialPackage(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("rd_factors_lib"));
        assertThatThrownBy(() -> FactorPackage.init(dir)).isInstanceOf(PackageExistsException.class);
        assertThat(dir.resolve("pyproject.toml")).doesNotExist();
    }

    @Test
    void initWithAnotherStartingVersion(@TempDir Path dir) {
        FactorPackage pkg = FactorPackage.init(dir, SemVer.parse("1.0.7"), FIXED);
        assertThat(pkg.currentVersion()).hasToString("1.0.7");
    }

    @Test
    void openRefusesAFolderWithoutPackage(@TempDir Path dir) {
        assertThatThrownBy(() -> FactorPackage.open(dir))
                .isInstanceOf(NotAPackageException.class)
                .hasMessageContaining("rd_factors_lib/VERSION")
                .hasMessageContaining("rdr factor-lib init");
    }

    @Test
    void bundleOfUnknownVersionIsRefused(@TempDir Path dir) {
        FactorPackage pkg = FactorPackage.init(dir, FactorPackage.INITIAL_VERSION, FIXED);
        assertThatThrownBy(() -> pkg.bundle(SemVer.parse("0.1.1")))
                .isInstanceOf(UnknownVersionException.class)
                .hasMessageContaining("has no version 0.1.1");
        assertThatThrownBy(() -> pkg.bundle(SemVer.parse("0.0.9"))).isInstanceOf(UnknownVersionException.class);
    }

    @Test
    void bundleCopiesTheArchive(@TempDir Path dir) {
        FactorPackage pkg = FactorPackage.init(dir.resolve("lib"), FactorPackage.INITIAL_VERSION, FIXED);
        Bundle b = pkg.bundle(SemVer.parse("0.1.0"));
        assertThat(b.fileName()).isEqualTo("rd_factors_lib-0.1.0.zip");
        Path out = dir.resolve("out/b.zip");
        b.copyTo(out);
        assertThat(out).hasSameBinaryContentAs(b.archive());
        assertThat(Hashes.sha256(PackageFiles.read(out))).isEqualTo(b.sha256());
        assertThat(b.size()).isEqualTo(PackageFiles.read(out).length);
    }

    @Test
    void corruptVersionFileIsReported(@TempDir Path dir) {
        FactorPackage pkg = FactorPackage.init(dir, FactorPackage.INITIAL_VERSION, FIXED);
        SampleRepo.write(dir.resolve("rd_factors_lib/VERSION"), "20251013\n");
        assertThatThrownBy(pkg::currentVersion)
                .isInstanceOf(CorruptPackageException.class)
                .hasMessageContaining("does not hold MAJOR.MINOR.PATCH");
    }
}
