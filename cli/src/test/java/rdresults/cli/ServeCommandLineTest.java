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
    void theServiceChecksRequestTargetsItselfSoThatAnInvalidOneGetsAProblem() {
        assertThat(new ServeCommand(TestConfig.none()).command())
                .contains("-D" + ServeCommand.URI_VALIDATION_PROPERTY + "=true");
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
    void withoutACacheFolderTheDriverIsLeftAlone() {
        assertThat(new ServeCommand(TestConfig.none()).command()).noneMatch(a -> a.startsWith("-Dorg.sqlite."));
    }
}
