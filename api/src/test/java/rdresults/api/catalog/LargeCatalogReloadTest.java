package rdresults.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloads a 20 MB loop catalog 12 times in a JVM whose direct-memory limit (8 MB) and heap (96 MB) are far below
 * what holding each generation in memory would take: every reload succeeds and the spool keeps one generation.
 */
class LargeCatalogReloadTest {

    @TempDir
    Path dir;

    @Test
    void largeCatalogReloadsRepeatedlyUnderASmallDirectMemoryLimit() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-XX:MaxDirectMemorySize=8m", "-Xmx96m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), ReloadUnderMemoryLimit.class.getName(), dir.toString(),
                "10000", "12"))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).as(out).containsPattern("ok 12 2\\d{7}");
    }
}
