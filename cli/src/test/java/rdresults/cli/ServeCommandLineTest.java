package rdresults.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service command line {@code rdr serve} assembles. */
class ServeCommandLineTest {

    @TempDir
    Path tmp;

    private String previousHome;

    @BeforeEach
    void aServiceJar() throws IOException {
        Path jar = tmp.resolve("home").resolve(ServeCommand.SERVICE_JAR);
        Files.createDirectories(jar.getParent());
        Files.createFile(jar);
        previousHome = System.getProperty(ServeCommand.HOME_PROPERTY);
        System.setProperty(ServeCommand.HOME_PROPERTY, tmp.resolve("home").toString());
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty(ServeCommand.HOME_PROPERTY);
        } else {
            System.setProperty(ServeCommand.HOME_PROPERTY, previousHome);
        }
    }

    @Test
    void theServiceWatchesThisProcess() {
        List<String> cmd = new ServeCommand(TestConfig.none()).command();
        assertThat(cmd).contains("-D" + ServeCommand.LAUNCHER_PID_PROPERTY + "=" + ProcessHandle.current().pid());
    }

    @Test
    void theServiceLoadsTheSqliteLibraryFromTheSameCacheFolder() {
        Path cache = tmp.resolve("cache");
        List<String> cmd = new ServeCommand(TestConfig.withCacheDir(cache.toString())).command();
        String libPath = cmd.stream().filter(a -> a.startsWith("-Dorg.sqlite.lib.path=")).findFirst().orElseThrow();
        Path dir = Path.of(libPath.substring("-Dorg.sqlite.lib.path=".length()));
        assertThat(dir.getParent()).isEqualTo(cache);
        String libName = cmd.stream().filter(a -> a.startsWith("-Dorg.sqlite.lib.name=")).findFirst().orElseThrow();
        assertThat(dir.resolve(libName.substring("-Dorg.sqlite.lib.name=".length()))).isRegularFile();
    }

    @Test
    void aFirstRunWritesTheClassArchiveAtExitAndLaterRunsMapIt() throws IOException {
        Path cache = tmp.resolve("cache");
        List<String> first = new ServeCommand(TestConfig.withCacheDir(cache.toString())).command();
        String writing = first.stream().filter(a -> a.startsWith("-XX:ArchiveClassesAtExit=")).findFirst()
                .orElseThrow().substring("-XX:ArchiveClassesAtExit=".length());
        assertThat(Path.of(writing).getParent()).isEqualTo(cache);
        assertThat(first).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile="));

        Files.writeString(Path.of(writing), "archive");
        ServiceClassArchive archive = ServiceClassArchive.in(cache, tmp.resolve("home").resolve(
                ServeCommand.SERVICE_JAR), Path.of(System.getProperty("java.home"), "bin", "java")).orElseThrow();
        Files.move(Path.of(writing), Path.of(archive.archive() + "." + ProcessHandle.current().pid() + ".tmp"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        archive.keep();

        assertThat(archive.archive()).hasContent("archive");
        assertThat(new ServeCommand(TestConfig.withCacheDir(cache.toString())).command())
                .contains("-XX:SharedArchiveFile=" + archive.archive())
                .noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
    }

    @Test
    void aRebuiltServiceGetsANewArchive() throws IOException {
        Path cache = tmp.resolve("cache");
        Path jar = tmp.resolve("home").resolve(ServeCommand.SERVICE_JAR);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path before = ServiceClassArchive.in(cache, jar, java).orElseThrow().archive();
        Files.writeString(jar, "rebuilt");

        assertThat(ServiceClassArchive.in(cache, jar, java).orElseThrow().archive()).isNotEqualTo(before);
    }

    @Test
    void keepingAnArchiveReplacesOnlyTheSameCheckoutsOlderOnes() throws IOException {
        Path cache = tmp.resolve("cache");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jarA = tmp.resolve("a").resolve(ServeCommand.SERVICE_JAR);
        Path jarB = tmp.resolve("b").resolve(ServeCommand.SERVICE_JAR);
        Files.createDirectories(jarA.getParent());
        Files.createDirectories(jarB.getParent());
        Files.writeString(jarA, "a1");
        Files.writeString(jarB, "b1");
        Path a1 = written(ServiceClassArchive.in(cache, jarA, java).orElseThrow());
        Path b1 = written(ServiceClassArchive.in(cache, jarB, java).orElseThrow());
        Path unprefixed = Files.writeString(cache.resolve("rdr-serve-cds-0123456789abcdef.jsa"), "before");
        Files.writeString(jarA, "a2 rebuilt");
        Path a2 = written(ServiceClassArchive.in(cache, jarA, java).orElseThrow());

        assertThat(a2).isNotEqualTo(a1).exists();
        assertThat(a1).doesNotExist();
        assertThat(unprefixed).doesNotExist();
        assertThat(b1).hasContent("archive"); // the other checkout's archive stays
    }

    /** As the service's JVM leaves it: an archive under the temporary name, then kept. */
    private static Path written(ServiceClassArchive archive) throws IOException {
        Files.writeString(Path.of(archive.archive() + "." + ProcessHandle.current().pid() + ".tmp"), "archive");
        archive.keep();
        return archive.archive();
    }

    @Test
    void withoutACacheFolderThereIsNoClassArchive() {
        assertThat(new ServeCommand(TestConfig.none()).command()).noneMatch(a -> a.startsWith("-XX:Shared")
                || a.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void withoutACacheFolderTheDriverIsLeftAlone() {
        assertThat(new ServeCommand(TestConfig.none()).command()).noneMatch(a -> a.startsWith("-Dorg.sqlite."));
    }

    @Test
    void theServiceGetsTheDefaultJvmOptionsBesideItsSourcesAndTheLaunchersOptionsAfterThem() throws IOException {
        Path options = tmp.resolve("home").resolve(ServeCommand.SERVICE_JVM_OPTIONS);
        Files.createDirectories(options.getParent());
        Files.writeString(options, "-XX:+UseSerialGC  -Xmx100m\n");
        List<String> cmd = new ServeCommand(TestConfig.none()).command();
        assertThat(cmd.subList(1, 3)).containsExactly("-XX:+UseSerialGC", "-Xmx100m");
    }

    @Test
    void withoutTheOptionsFileTheHeapIsStillCapped() {
        assertThat(new ServeCommand(TestConfig.none()).command().subList(1, 2))
                .containsExactlyElementsOf(ServeCommand.FALLBACK_JVM_OPTIONS);
    }

    @Test
    void theProjectsServiceOptionsAreJvmOptionsWithAHeapCap() throws IOException {
        String text = Files.readString(Path.of("..").resolve(ServeCommand.SERVICE_JVM_OPTIONS));
        List<String> options = List.of(text.trim().split("\\s+"));
        assertThat(options).allMatch(o -> o.startsWith("-X")).anyMatch(o -> o.startsWith("-Xmx"));
    }
}
